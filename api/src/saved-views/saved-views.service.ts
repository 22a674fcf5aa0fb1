import { Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { AuthenticatedUser } from '../auth/role';
import { CreateSavedViewInput } from './dto/create-saved-view.input';
import { UpdateSavedViewInput } from './dto/update-saved-view.input';
import { SavedViewModel } from './models/saved-view.model';
import { SavedViewsModel } from './models/saved-views.model';
import { SavedViewRow, SavedViewState, SavedViewsRepository, SavedViewWrite } from './saved-views.repository';

/** At most this many views are taken over from one browser at a time. */
const SAVED_VIEWS_IMPORT_MAX = 50;
/** At most this many own views per user: a list to choose from, not a store. */
const SAVED_VIEWS_PER_USER_MAX = 200;

const NAME_MAX = 80;
// A page inside Leerlus (never //other-host or a backslash trick), as the table's check says.
const PATH = /^\/([^/?#\\][^?#\\]*)?$/;
const PATH_MAX = 200;
const SEARCH_MAX = 2000;

const mapSavedView = (row: SavedViewRow): SavedViewModel => ({
  id: row.id,
  name: row.name,
  path: row.path,
  search: row.search,
  shared: row.shared,
  ownerDisplayName: row.owner_display_name,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

function validName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > NAME_MAX) {
    throw new UnprocessableEntityException(`Geef de weergave een naam van 1 tot ${NAME_MAX} tekens.`);
  }
  return trimmed;
}

function validPath(path: string): string {
  if (!PATH.test(path) || path.length > PATH_MAX) {
    throw new UnprocessableEntityException('Deze pagina kan niet als weergave worden bewaard.');
  }
  return path;
}

/** The query string with its '?'; a lone '?' is no state. */
function validSearch(search: string): string {
  const normalized = search === '?' ? '' : search;
  if ((normalized !== '' && !/^\?[^#]*$/.test(normalized)) || normalized.length > SEARCH_MAX) {
    throw new UnprocessableEntityException('Deze filters kunnen niet als weergave worden bewaard.');
  }
  return normalized;
}

function validState(view: SavedViewState): SavedViewState {
  return { name: validName(view.name), path: validPath(view.path), search: validSearch(view.search) };
}

function written(result: SavedViewWrite): SavedViewModel {
  if (result === 'name_taken') {
    throw new UnprocessableEntityException('U hebt al een weergave met deze naam. Kies een andere naam.');
  }
  if (result === null) throw new NotFoundException('Deze weergave bestaat niet of is niet van u.');
  return mapSavedView(result);
}

/**
 * A user's saved views, and the views colleagues share with them. Only the owner changes or deletes a
 * view (every query is bound to the owner); colleagues are the users with the same role and
 * municipality, decided in SQL when the list is read. Changes are audited (names are the user's own
 * words, so only ids and what changed are logged).
 */
@Injectable()
export class SavedViewsService {
  constructor(
    private readonly repository: SavedViewsRepository,
    private readonly audit: AuditService,
  ) {}

  async list(user: AuthenticatedUser): Promise<SavedViewsModel> {
    const [own, shared] = await Promise.all([
      this.repository.listOwn(user.id),
      this.repository.listSharedWith(user),
    ]);
    return { own: own.map(mapSavedView), sharedWithMe: shared.map(mapSavedView) };
  }

  async create(user: AuthenticatedUser, input: CreateSavedViewInput): Promise<SavedViewModel> {
    const state = validState(input);
    if ((await this.repository.countOwn(user.id)) >= SAVED_VIEWS_PER_USER_MAX) {
      throw new UnprocessableEntityException(
        `U hebt al ${SAVED_VIEWS_PER_USER_MAX} weergaven. Verwijder er eerst een die u niet meer gebruikt.`,
      );
    }
    const view = written(await this.repository.create(user.id, state));
    await this.audit.record({
      user,
      action: 'saved_view.create',
      entity: 'saved_view',
      entityId: view.id,
      details: { path: view.path },
    });
    return view;
  }

  async update(user: AuthenticatedUser, input: UpdateSavedViewInput): Promise<SavedViewModel> {
    // GraphQL sends an omitted optional field as undefined or null: both mean "keep".
    const given = <T, R>(value: T | null | undefined, valid: (value: T) => R): R | null =>
      value === null || value === undefined ? null : valid(value);
    const changes = {
      name: given(input.name, validName),
      path: given(input.path, validPath),
      search: given(input.search, validSearch),
      shared: input.shared ?? null,
    };
    const view = written(await this.repository.update(user.id, input.id, changes));
    await this.audit.record({
      user,
      action: 'saved_view.update',
      entity: 'saved_view',
      entityId: view.id,
      details: {
        changed: Object.entries(changes)
          .filter(([, value]) => value !== null)
          .map(([field]) => field),
        shared: view.shared,
      },
    });
    return view;
  }

  async delete(user: AuthenticatedUser, id: number): Promise<boolean> {
    if (!(await this.repository.delete(user.id, id))) {
      throw new NotFoundException('Deze weergave bestaat niet of is niet van u.');
    }
    await this.audit.record({ user, action: 'saved_view.delete', entity: 'saved_view', entityId: id });
    return true;
  }

  /**
   * Takes over the views a browser kept before they lived on the server. A name already in use keeps
   * the server's view; a view that is not a valid page and state is left out. Returns how many were added.
   */
  async importViews(user: AuthenticatedUser, views: readonly CreateSavedViewInput[]): Promise<number> {
    if (views.length > SAVED_VIEWS_IMPORT_MAX) {
      throw new UnprocessableEntityException(`Neem ten hoogste ${SAVED_VIEWS_IMPORT_MAX} weergaven over.`);
    }
    const valid = views.flatMap((view) => {
      try {
        return [validState(view)];
      } catch {
        return [];
      }
    });
    const room = SAVED_VIEWS_PER_USER_MAX - (await this.repository.countOwn(user.id));
    const taken = valid.slice(0, Math.max(room, 0));
    const added = taken.length > 0 ? await this.repository.addMissing(user.id, taken) : 0;
    await this.audit.record({
      user,
      action: 'saved_view.import',
      entity: 'saved_view',
      details: { offered: views.length, added },
    });
    return added;
  }
}
