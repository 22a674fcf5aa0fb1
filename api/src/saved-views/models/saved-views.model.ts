import { Field, ObjectType } from '@nestjs/graphql';
import { SavedViewModel } from './saved-view.model';

@ObjectType('SavedViews', {
  description: "The caller's own saved views and those colleagues share with them",
})
export class SavedViewsModel {
  @Field(() => [SavedViewModel], { description: 'Own views, by name' })
  own!: SavedViewModel[];

  @Field(() => [SavedViewModel], {
    description:
      'Views shared by colleagues with the same role and municipality, by owner and name; read only',
  })
  sharedWithMe!: SavedViewModel[];
}
