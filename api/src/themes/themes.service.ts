import { ForbiddenException, Injectable } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { AuditService } from '../audit/audit.service';
import { AuthenticatedUser } from '../auth/role';
import { CreateThemeInput } from './dto/create-theme.input';
import { UpdateThemeInput } from './dto/update-theme.input';
import { TaxonomyTheme } from './models/taxonomy-theme.model';
import { TaxonomyRow, ThemesRepository } from './themes.repository';

export const CODE_PATTERN = /^[a-z][a-z0-9_]{1,48}$/;
export const MAX_LABEL = 80;
export const MAX_KEYWORDS = 60;
/** Classifier classes that are not themes. */
const RESERVED_CODES = new Set(['geen_thema']);

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

export function mapTheme(row: TaxonomyRow): TaxonomyTheme {
  return {
    code: row.code,
    label: row.label,
    description: row.description,
    domainCode: row.domain_code,
    domainLabel: row.domain_label,
    parentCode: row.parent_code,
    keywords: row.keywords,
    active: row.active,
    sortOrder: row.sort_order,
  };
}

/** Pure: keywords as the keyword rules read them (lower case, trimmed, once each), or an error message. */
export function cleanKeywords(keywords: readonly string[]): string[] | string {
  const cleaned = [...new Set(keywords.map((keyword) => keyword.trim().toLowerCase()))].filter(
    (keyword) => keyword !== '',
  );
  if (cleaned.length === 0) return 'Geef minstens één trefwoord';
  if (cleaned.length > MAX_KEYWORDS) return `Geef hoogstens ${MAX_KEYWORDS} trefwoorden`;
  if (cleaned.some((keyword) => keyword.length > 60)) return 'Een trefwoord is hoogstens 60 tekens';
  return cleaned;
}

function cleanLabel(label: string): string {
  const trimmed = label.trim();
  if (trimmed === '' || trimmed.length > MAX_LABEL) {
    throw badInput(`Geef een naam van 1 tot ${MAX_LABEL} tekens`);
  }
  return trimmed;
}

function keywordsOrFail(keywords: readonly string[]): string[] {
  const cleaned = cleanKeywords(keywords);
  if (typeof cleaned === 'string') throw badInput(cleaned);
  return cleaned;
}

/**
 * Taxonomy editing by the administrator: add a theme or subtheme, rename it, move it to another parent,
 * edit its keywords, retire or restore it. Codes never change; a retired theme stays in the history and
 * gets no new assignments (the classifier and the review queue only use active themes). Two levels only.
 */
@Injectable()
export class ThemesService {
  constructor(
    private readonly repository: ThemesRepository,
    private readonly audit: AuditService,
  ) {}

  async list(viewer: AuthenticatedUser): Promise<TaxonomyTheme[]> {
    assertBeheer(viewer);
    return (await this.repository.list()).map(mapTheme);
  }

  async create(viewer: AuthenticatedUser, input: CreateThemeInput): Promise<TaxonomyTheme> {
    assertBeheer(viewer);
    const code = input.code.trim();
    if (!CODE_PATTERN.test(code) || RESERVED_CODES.has(code)) {
      throw badInput(
        'Een code bestaat uit kleine letters, cijfers en _ (2 tot 49 tekens), bijvoorbeeld wachttijd_wmo',
      );
    }
    if (await this.repository.byCode(code)) throw badInput(`De code ${code} bestaat al`);
    const parent = input.parentCode ? await this.parentOrFail(input.parentCode, null) : null;
    const domainCode = parent ? parent.domain_code : (input.domainCode ?? null);
    if (!parent && domainCode !== null && !(await this.repository.domainExists(domainCode))) {
      throw badInput('Onbekend domein');
    }
    await this.repository.insert({
      code,
      label: cleanLabel(input.label),
      description: input.description?.trim() || null,
      domainCode,
      parentId: parent?.id ?? null,
      keywords: keywordsOrFail(input.keywords),
    });
    await this.audit.record({
      user: viewer,
      action: 'theme.create',
      entity: 'theme',
      entityId: code,
      details: { parentCode: parent?.code ?? null, domainCode },
    });
    return this.found(code);
  }

  async update(viewer: AuthenticatedUser, input: UpdateThemeInput): Promise<TaxonomyTheme> {
    assertBeheer(viewer);
    const theme = await this.repository.byCode(input.code);
    if (!theme) throw badInput('Onbekend thema');
    let parentId = theme.parent_id;
    let domainCode = theme.domain_code;
    if (input.move) {
      const parent = input.parentCode ? await this.parentOrFail(input.parentCode, theme) : null;
      if (parent && theme.children > 0) {
        throw badInput('Een thema met subthema’s kan geen subthema worden; verplaats eerst de subthema’s');
      }
      parentId = parent?.id ?? null;
      domainCode = parent ? parent.domain_code : domainCode;
    }
    const change = {
      label: input.label === undefined || input.label === null ? theme.label : cleanLabel(input.label),
      description: input.description === undefined ? theme.description : input.description?.trim() || null,
      keywords: input.keywords ? keywordsOrFail(input.keywords) : theme.keywords,
      parentId,
      domainCode,
    };
    await this.repository.update(theme.id, change);
    await this.audit.record({
      user: viewer,
      action: 'theme.update',
      entity: 'theme',
      entityId: theme.code,
      details: {
        label: change.label === theme.label ? undefined : { from: theme.label, to: change.label },
        keywords: input.keywords ? { from: theme.keywords, to: change.keywords } : undefined,
        moved: input.move ? { from: theme.parent_code, to: input.parentCode ?? null } : undefined,
      },
    });
    return this.found(theme.code);
  }

  async setActive(viewer: AuthenticatedUser, code: string, active: boolean): Promise<TaxonomyTheme> {
    assertBeheer(viewer);
    const theme = await this.repository.byCode(code);
    if (!theme) throw badInput('Onbekend thema');
    if (active && theme.parent_code) {
      const parent = await this.repository.byCode(theme.parent_code);
      if (!parent?.active) throw badInput('Zet eerst het hoofdthema terug');
    }
    await this.repository.setActive(theme.id, active);
    await this.audit.record({
      user: viewer,
      action: active ? 'theme.restore' : 'theme.retire',
      entity: 'theme',
      entityId: code,
    });
    return this.found(code);
  }

  /** A parent is an active top-level theme other than the theme itself. */
  private async parentOrFail(code: string, child: TaxonomyRow | null): Promise<TaxonomyRow> {
    const parent = await this.repository.byCode(code);
    if (!parent || !parent.active) throw badInput('Kies een bestaand, actief hoofdthema');
    if (parent.parent_code !== null) throw badInput('Een subthema kan geen subthema’s hebben');
    if (child && parent.id === child.id) throw badInput('Een thema kan niet onder zichzelf staan');
    return parent;
  }

  private async found(code: string): Promise<TaxonomyTheme> {
    const row = await this.repository.byCode(code);
    if (!row) throw new Error(`Thema ${code} niet gevonden na opslaan`);
    return mapTheme(row);
  }
}

/** Defence in depth: the guard already refuses other roles. */
function assertBeheer(viewer: AuthenticatedUser): void {
  if (viewer.role !== 'beheer') throw new ForbiddenException('Geen toegang');
}
