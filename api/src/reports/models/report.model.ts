import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsoDateScalar } from '../../metrics/dto/iso-date.scalar';
import { REPORT_KINDS, ReportKindName } from '../report-snapshot.entity';

export const ReportKind = Object.fromEntries(REPORT_KINDS.map((kind) => [kind, kind])) as {
  [K in ReportKindName]: K;
};
registerEnumType(ReportKind, {
  name: 'ReportKind',
  description: 'P&C moment: voorjaarsnota, bestuursrapportage, jaarverslag, or the annual complaints report',
});

/** One cell: the text as printed, and the number behind it when there is one. */
export interface ReportCell {
  text: string;
  value: number | null;
  suppressed: boolean;
}

@ObjectType({
  description: 'A row: its label and, per further column, the printed text, number and withheld flag',
})
export class ReportRow {
  @Field()
  label!: string;

  @Field(() => [String], { description: 'As printed (Dutch number format); "afgeschermd" when withheld' })
  cells!: string[];

  @Field(() => [Float], { nullable: 'items', description: 'The number behind each cell, when there is one' })
  values!: (number | null)[];

  @Field(() => [Boolean], { description: 'Withheld by disclosure control' })
  suppressed!: boolean[];
}

@ObjectType({ description: 'A table: the row label column plus one column per cell' })
export class ReportTable {
  @Field()
  caption!: string;

  @Field(() => [String], { description: 'Column headers, the first is the row label' })
  columns!: string[];

  @Field(() => [ReportRow])
  rows!: ReportRow[];

  @Field(() => String, {
    nullable: true,
    description: 'Text alternative of the chart this table stands for (PDF alt text)',
  })
  summary!: string | null;
}

@ObjectType()
export class ReportSection {
  @Field({ description: 'Stable id, e.g. thermometer, themes, measures' })
  id!: string;

  @Field()
  title!: string;

  @Field({ description: 'What the section shows, in plain Dutch' })
  intro!: string;

  @Field(() => [ReportTable])
  tables!: ReportTable[];

  @Field(() => String, { nullable: true, description: "The college's own words for this section" })
  text!: string | null;
}

@ObjectType()
export class ReportFilter {
  @Field()
  label!: string;

  @Field()
  value!: string;
}

@ObjectType({ description: 'A composed P&C report: figures disclosure-controlled as for the council' })
export class Report {
  @Field(() => ReportKind)
  kind!: ReportKindName;

  @Field()
  title!: string;

  @Field(() => IsoDateScalar)
  periodStart!: string;

  @Field(() => IsoDateScalar)
  periodEnd!: string;

  @Field(() => IsoDateScalar)
  previousPeriodStart!: string;

  @Field(() => IsoDateScalar)
  previousPeriodEnd!: string;

  @Field({ description: 'The role whose disclosure control the figures follow (raad)' })
  audience!: string;

  @Field({ description: 'When the figures were computed (ISO timestamp)' })
  dataAsOf!: string;

  @Field(() => [ReportFilter])
  filters!: ReportFilter[];

  @Field(() => [ReportSection])
  sections!: ReportSection[];
}

@ObjectType({ description: 'A frozen, versioned, citable report' })
export class ReportSnapshotModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ReportKind)
  kind!: ReportKindName;

  @Field()
  title!: string;

  @Field(() => IsoDateScalar)
  periodStart!: string;

  @Field(() => IsoDateScalar)
  periodEnd!: string;

  @Field(() => Int)
  version!: number;

  @Field({ description: 'SHA-256 of the frozen JSON text' })
  sha256!: string;

  @Field()
  dataAsOf!: Date;

  @Field()
  createdAt!: Date;

  @Field(() => String, { nullable: true })
  createdBy!: string | null;

  @Field({ description: 'How to cite it, e.g. "Leerlus-rapport 3 (bestuursrapportage, versie 1)"' })
  citation!: string;
}

@ObjectType({ description: 'A figure that differs between two snapshots' })
export class ReportChange {
  @Field()
  section!: string;

  @Field()
  table!: string;

  @Field()
  row!: string;

  @Field()
  column!: string;

  @Field(() => String, { nullable: true, description: 'Null: not in the first snapshot' })
  before!: string | null;

  @Field(() => String, { nullable: true, description: 'Null: not in the second snapshot' })
  after!: string | null;
}

@InputType({ description: "The college's own words for one section" })
export class ReportTextInput {
  @Field()
  sectionId!: string;

  @Field()
  text!: string;
}
