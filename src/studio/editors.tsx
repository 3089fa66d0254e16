import { useEffect, useMemo, useRef, useState } from 'react';
import { CATEGORIES, declaredLanguages, MODES, PLACE_KINDS, PRECISIONS } from '../story/format';
import type { Lang, StoryFile } from '../story/schema';
import { CitySearch } from './CitySearch';
import { fieldId, getIn, type Path } from './edit-path';
import { LangText, NumberField, SelectField, TextField } from './fields';
import { mergeWithNext, moveParagraph, splitParagraph } from './paragraphs';
import { useStudio, useStudioStore, useStudioT } from './use-studio';

type Place = StoryFile['places'][number];
type StoryEvent = StoryFile['events'][number];
type Route = NonNullable<StoryFile['routes']>[number];

const nameOf = (text: { zh?: string; en?: string } | undefined, lang: 'zh' | 'en') =>
  text?.[lang] || text?.[lang === 'zh' ? 'en' : 'zh'] || '';

/** A fresh id from a base, unlike any id already taken. */
export function freshId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let n = used.size + 1; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** The paragraph's first words: how the event form names it. */
export function openingWords(p: { zh?: string; en?: string }, lang: 'zh' | 'en'): string {
  const text = nameOf(p, lang);
  return /[\u3000-\u9fff]/.test(text.slice(0, 4))
    ? text.slice(0, 16)
    : text.split(/\s+/).slice(0, 8).join(' ');
}

export function StoryEditor() {
  const t = useStudioT();
  const store = useStudioStore();
  const declared = useStudio((s) => s.draft?.languages);
  const languages = declaredLanguages({ languages: declared });
  return (
    <div className="editor-form">
      <fieldset className="checks">
        <legend>{t('storyLanguages')}</legend>
        {(['zh', 'en'] as const).map((l) => (
          <label key={l}>
            <input
              type="checkbox"
              checked={languages.includes(l)}
              disabled={languages.length === 1 && languages.includes(l)}
              onChange={(e) => {
                const next = e.target.checked ? [...languages, l] : languages.filter((x) => x !== l);
                store.getState().edit(['languages'], next.length === 2 ? undefined : next);
              }}
            />
            {t(`lang_${l}`)}
          </label>
        ))}
      </fieldset>
      <LangText path={['title']} field="fieldTitle" />
      <LangText path={['subtitle']} field="fieldSubtitle" />
      <h3>{t('sourceHeading')}</h3>
      <LangText path={['source', 'publisher']} field="fieldPublisher" />
      <TextField path={['source', 'date']} label={t('fieldPublished')} hint={t('dateHint')} />
      <LangText path={['source', 'byline']} field="fieldByline" />
      <LangText path={['source', 'originalTitle']} field="fieldOriginalTitle" />
      <LangText path={['source', 'dateline']} field="fieldDateline" />
      <TextField path={['source', 'url']} label={t('fieldLink')} />
    </div>
  );
}

/** The article's sections (（一）, "Part I"): a label and a heading each; paragraphs choose theirs. */
function SectionsEditor() {
  const t = useStudioT();
  const store = useStudioStore();
  const lang = useStudio((s) => s.lang);
  const sections = useStudio((s) => s.draft?.sections) ?? [];
  return (
    <details className="sections-editor">
      <summary>
        {t('sections')} ({sections.length})
      </summary>
      {sections.map((x, i) => (
        <fieldset key={x.id} className="item-group">
          <legend>{nameOf(x.label, lang) || x.id}</legend>
          <LangText path={['sections', i, 'label']} field="fieldLabel" />
          <LangText path={['sections', i, 'title']} field="fieldSectionTitle" />
          <button
            type="button"
            className="danger"
            onClick={() =>
              store.getState().change((d) => ({
                ...d,
                sections: (d.sections ?? []).filter((y) => y.id !== x.id),
                paragraphs: d.paragraphs.map(({ section, ...p }) =>
                  section === x.id ? p : { ...p, section },
                ),
              }))
            }
          >
            {t('removeSection')}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        onClick={() =>
          store.getState().change((d) => {
            const id = freshId(
              's',
              (d.sections ?? []).map((y) => y.id),
            );
            return { ...d, sections: [...(d.sections ?? []), { id, label: { [lang]: t('newSection') } }] };
          })
        }
      >
        {t('addSection')}
      </button>
    </details>
  );
}

export function ParagraphsEditor({ onPaste }: { onPaste: (text: string) => void }) {
  const t = useStudioT();
  const store = useStudioStore();
  const change = store.getState().change;
  const caret = useRef<{ id: string; lang: Lang; offset: number } | null>(null);
  const paragraphs = useStudio((s) => s.draft?.paragraphs ?? []);
  const sections = useStudio((s) => s.draft?.sections);
  const lang = useStudio((s) => s.lang);
  const declared = useStudio((s) => s.draft?.languages);
  const languages = declaredLanguages({ languages: declared });
  const sectionOptions = [
    { value: '', label: t('noSection') },
    ...(sections ?? []).map((x) => ({
      value: x.id,
      label: [nameOf(x.label, lang), nameOf(x.title, lang)].filter(Boolean).join(' ') || x.id,
    })),
  ];
  return (
    <div className="editor-form">
      <PasteBox onPaste={onPaste} />
      <SectionsEditor />
      <p>{t('paragraphsCount', { count: paragraphs.length })}</p>
      <ol className="paragraph-list">
        {paragraphs.map((p, i) => (
          <li key={p.id}>
            {languages.map((l) => (
              <TextField
                key={l}
                multiline
                path={['paragraphs', i, l]}
                label={t('inLang', { field: t('paragraphN', { n: i + 1 }), lang: t(`lang_${l}`) })}
                onCaret={(offset) => {
                  caret.current = { id: p.id, lang: l, offset };
                }}
              />
            ))}
            {sectionOptions.length > 1 && (
              <SelectField
                path={['paragraphs', i, 'section']}
                label={t('inLang', { field: t('sectionOf'), lang: t('paragraphN', { n: i + 1 }) })}
                options={sectionOptions}
              />
            )}
            <fieldset className="paragraph-tools">
              <legend className="sr-only">{t('paragraphN', { n: i + 1 })}</legend>
              <button
                type="button"
                onClick={() => {
                  const at = caret.current;
                  if (at?.id === p.id) change((d) => splitParagraph(d, p.id, at.lang, at.offset));
                }}
              >
                {t('splitParagraph')}
              </button>
              <button
                type="button"
                disabled={i === paragraphs.length - 1}
                onClick={() => change((d) => mergeWithNext(d, p.id))}
              >
                {t('mergeParagraph')}
              </button>
              <button
                type="button"
                disabled={i === 0}
                onClick={() => change((d) => moveParagraph(d, p.id, -1))}
              >
                {t('moveUp')}
              </button>
              <button
                type="button"
                disabled={i === paragraphs.length - 1}
                onClick={() => change((d) => moveParagraph(d, p.id, 1))}
              >
                {t('moveDown')}
              </button>
              <button
                type="button"
                className="danger"
                onClick={() =>
                  change((d) => ({
                    ...d,
                    paragraphs: d.paragraphs.filter((x) => x.id !== p.id),
                    events: d.events.map((e) => ({
                      ...e,
                      paragraphs: e.paragraphs.filter((x) => x !== p.id),
                    })),
                  }))
                }
              >
                {t('removeParagraph')}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <button
        type="button"
        onClick={() =>
          store.getState().change((d) => ({
            ...d,
            paragraphs: [
              ...d.paragraphs,
              {
                id: freshId(
                  'p',
                  d.paragraphs.map((x) => x.id),
                ),
              },
            ],
          }))
        }
      >
        {t('addParagraph')}
      </button>
    </div>
  );
}

export function PasteBox({ onPaste }: { onPaste: (text: string) => void }) {
  const t = useStudioT();
  return (
    <form
      className="paste-box"
      onSubmit={(e) => {
        e.preventDefault();
        const box = e.currentTarget.elements.namedItem('article');
        if (box instanceof HTMLTextAreaElement && box.value.trim()) {
          onPaste(box.value);
          box.value = '';
        }
      }}
    >
      <label htmlFor="paste-article">{t('pasteArticle')}</label>
      <textarea id="paste-article" name="article" rows={6} aria-describedby="paste-hint" />
      <p className="hint" id="paste-hint">
        {t('pasteHint')}
      </p>
      <button type="submit">{t('makeParagraphs')}</button>
    </form>
  );
}

/** A list of items to choose one from, with the button that adds one. */
function ItemList<T extends { id: string }>({
  items,
  selected,
  name,
  onSelect,
  onAdd,
  addLabel,
}: {
  items: T[];
  selected: string | null;
  name: (item: T) => string;
  onSelect: (id: string) => void;
  onAdd: () => void;
  addLabel: string;
}) {
  return (
    <div className="item-list">
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <button type="button" aria-current={item.id === selected} onClick={() => onSelect(item.id)}>
              {name(item) || item.id}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="add" onClick={onAdd}>
        {addLabel}
      </button>
    </div>
  );
}

export function PlacesEditor() {
  const t = useStudioT();
  const store = useStudioStore();
  const lang = useStudio((s) => s.lang);
  const places = useStudio((s) => s.draft?.places ?? []);
  const selected = useStudio((s) => s.selected.place);
  const index = places.findIndex((p) => p.id === selected);
  const place = places[index];
  const add = () => {
    const { draft } = store.getState();
    if (!draft) return;
    const id = freshId(
      'place',
      draft.places.map((p) => p.id),
    );
    const fresh: Place = { id, name: { [lang]: t('newPlace') }, coordinates: [0, 0], kind: 'city' };
    store.getState().change((d) => ({ ...d, places: [...d.places, fresh] }));
    store.getState().select('place', id);
  };
  return (
    <div className="editor-split">
      <ItemList
        items={places}
        selected={selected}
        name={(p) => nameOf(p.name, lang)}
        onSelect={(id) => store.getState().select('place', id)}
        onAdd={add}
        addLabel={t('addPlace')}
      />
      {place && (
        <div className="editor-form" key={place.id}>
          <CitySearch
            onChoose={(city) =>
              store.getState().change((d) => {
                // The name goes where the story has English (the gazetteer's names are English).
                const nameLang: Lang = declaredLanguages(d).includes('en') ? 'en' : lang;
                return {
                  ...d,
                  places: d.places.map((p) => {
                    if (p.id !== place.id) return p;
                    const typed = p.name[nameLang]?.trim();
                    const unnamed = !typed || typed === t('newPlace');
                    return {
                      ...p,
                      coordinates: [city.lon, city.lat],
                      name: unnamed ? { ...p.name, [nameLang]: city.name } : p.name,
                    };
                  }),
                };
              })
            }
          />
          <LangText path={['places', index, 'name']} field="fieldName" />
          <SelectField
            path={['places', index, 'kind']}
            label={t('placeKind')}
            options={PLACE_KINDS.map((k) => ({ value: k, label: t(`kind_${k}`) }))}
          />
          <SelectField
            path={['places', index, 'rank']}
            label={t('placeRank')}
            options={(['', '1', '2', '3'] as const).map((r) => ({
              value: r,
              label: t(`rank_${r || 'auto'}`),
            }))}
            read={(value) => (value ? Number(value) : undefined)}
          />
          {(place.kind === 'country' || place.kind === 'region' || place.area) && (
            <CodesField path={['places', index, 'area']} label={t('placeArea')} />
          )}
          <NumberField path={['places', index, 'coordinates', 0]} label={t('longitude')} />
          <NumberField
            path={['places', index, 'coordinates', 1]}
            label={t('latitude')}
            hint={t('coordinatesHint')}
          />
          <LangText path={['places', index, 'description']} field="fieldDescription" multiline />
          <button
            type="button"
            className="danger"
            onClick={() => {
              store.getState().change((d) => ({
                ...d,
                places: d.places.filter((p) => p.id !== place.id),
                events: d.events.map((e) => ({ ...e, places: e.places.filter((id) => id !== place.id) })),
                routes: d.routes?.map((r) => ({ ...r, places: r.places.filter((id) => id !== place.id) })),
              }));
              store.getState().select('place', null);
            }}
          >
            {t('removePlace')}
          </button>
        </div>
      )}
    </div>
  );
}

/** Checkboxes linking an event to places, routes or paragraphs. */
function Links({
  legend,
  path,
  chosen,
  options,
  empty,
}: {
  legend: string;
  path: (string | number)[];
  chosen: string[];
  options: { id: string; label: string }[];
  empty?: string;
}) {
  const store = useStudioStore();
  return (
    <fieldset className="checks links">
      <legend>{legend}</legend>
      {options.length === 0 && empty && <p className="hint">{empty}</p>}
      {options.map((o) => (
        <label key={o.id}>
          <input
            type="checkbox"
            checked={chosen.includes(o.id)}
            onChange={(e) =>
              store
                .getState()
                .edit(
                  path,
                  e.target.checked
                    ? options.filter((x) => x.id === o.id || chosen.includes(x.id)).map((x) => x.id)
                    : chosen.filter((id) => id !== o.id),
                )
            }
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

export function EventsEditor() {
  const t = useStudioT();
  const store = useStudioStore();
  const lang = useStudio((s) => s.lang);
  const draft = useStudio((s) => s.draft);
  const selected = useStudio((s) => s.selected.event);
  const paragraphs = draft?.paragraphs;
  // Recomputed when the paragraphs change, not at every keystroke in an event's fields.
  const paragraphOptions = useMemo(
    () => (paragraphs ?? []).map((p) => ({ id: p.id, label: openingWords(p, lang) })),
    [paragraphs, lang],
  );
  if (!draft) return null;
  const index = draft.events.findIndex((e) => e.id === selected);
  const event = draft.events[index];
  const add = () => {
    const id = freshId(
      'event',
      draft.events.map((e) => e.id),
    );
    const fresh: StoryEvent = {
      id,
      date: new Date().toISOString().slice(0, 10),
      precision: 'day',
      title: { [lang]: t('newEvent') },
      summary: {},
      places: [],
      paragraphs: [],
      category: 'diplomacy',
    };
    store.getState().change((d) => ({ ...d, events: [...d.events, fresh] }));
    store.getState().select('event', id);
  };
  return (
    <div className="editor-split">
      <ItemList
        items={draft.events}
        selected={selected}
        name={(e) => `${e.date} ${nameOf(e.title, lang)}`}
        onSelect={(id) => store.getState().select('event', id)}
        onAdd={add}
        addLabel={t('addEvent')}
      />
      {event && (
        <div className="editor-form" key={event.id}>
          <LangText path={['events', index, 'title']} field="fieldTitle" />
          <TextField path={['events', index, 'date']} label={t('eventDate')} hint={t('dateHint')} />
          <SelectField
            path={['events', index, 'precision']}
            label={t('precision')}
            options={PRECISIONS.map((p) => ({ value: p, label: t(`precision_${p}`) }))}
          />
          <TextField path={['events', index, 'end']} label={t('eventEnd')} />
          <LangText path={['events', index, 'dateNote']} field="fieldDateNote" />
          <SelectField
            path={['events', index, 'category']}
            label={t('category')}
            options={CATEGORIES.map((c) => ({ value: c, label: t(`category_${c}`) }))}
          />
          <LangText path={['events', index, 'summary']} field="fieldSummary" multiline />
          <Links
            legend={t('eventPlaces')}
            path={['events', index, 'places']}
            chosen={event.places}
            options={draft.places.map((p) => ({ id: p.id, label: nameOf(p.name, lang) || p.id }))}
            empty={t('noPlacesYet')}
          />
          <Links
            legend={t('eventRoutes')}
            path={['events', index, 'routes']}
            chosen={event.routes ?? []}
            options={(draft.routes ?? []).map((r) => ({ id: r.id, label: nameOf(r.name, lang) || r.id }))}
            empty={t('noRoutesYet')}
          />
          <Links
            legend={t('eventParagraphs')}
            path={['events', index, 'paragraphs']}
            chosen={event.paragraphs}
            options={paragraphOptions}
          />
          <LangText path={['events', index, 'notes']} field="fieldNotes" multiline />
          <FactsEditor index={index} facts={event.facts ?? []} />
          <CameraEditor index={index} view={event.view} />
          <button
            type="button"
            className="danger"
            onClick={() => {
              store.getState().change((d) => ({ ...d, events: d.events.filter((e) => e.id !== event.id) }));
              store.getState().select('event', null);
            }}
          >
            {t('removeEvent')}
          </button>
        </div>
      )}
    </div>
  );
}

type Fact = NonNullable<StoryEvent['facts']>[number];

/** An event's figures: a label, a value and its unit, and the year it is for. */
function FactsEditor({ index, facts }: { index: number; facts: Fact[] }) {
  const t = useStudioT();
  const store = useStudioStore();
  const setFacts = (recipe: (facts: Fact[]) => Fact[]) =>
    store.getState().change((d) => ({
      ...d,
      events: d.events.map((e, i) => {
        if (i !== index) return e;
        const next = recipe(e.facts ?? []);
        const { facts: _facts, ...rest } = e;
        return next.length ? { ...e, facts: next } : rest;
      }),
    }));
  return (
    <fieldset className="item-group">
      <legend>{t('figures')}</legend>
      {facts.map((_, i) => (
        <fieldset key={`fact-${i.toString()}`} className="item-group">
          <legend>{t('figureN', { n: i + 1 })}</legend>
          <LangText path={['events', index, 'facts', i, 'label']} field="fieldLabel" />
          <NumberField path={['events', index, 'facts', i, 'value']} label={t('figureValue')} />
          <LangText path={['events', index, 'facts', i, 'unit']} field="figureUnit" />
          <NumberField path={['events', index, 'facts', i, 'year']} label={t('figureYear')} optional />
          <button
            type="button"
            className="danger"
            onClick={() => setFacts((all) => all.filter((__, j) => j !== i))}
          >
            {t('removeFigure')}
          </button>
        </fieldset>
      ))}
      <button type="button" onClick={() => setFacts((all) => [...all, { label: {}, value: 0, unit: {} }])}>
        {t('addFigure')}
      </button>
    </fieldset>
  );
}

/** The camera an event opens with: taken from the preview map as the author has set it, or none. */
function CameraEditor({ index, view }: { index: number; view: StoryEvent['view'] }) {
  const t = useStudioT();
  const store = useStudioStore();
  const takeView = () => {
    // The preview's map records its camera on its element after every move.
    const map = document.querySelector<HTMLElement>('.studio-preview [data-center]');
    const [lon, lat] = (map?.dataset.center ?? '').split(',').map(Number);
    const zoom = Number(map?.dataset.zoom);
    if (lon === undefined || lat === undefined || !Number.isFinite(lon + lat + zoom)) return;
    store.getState().change((d) => ({
      ...d,
      events: d.events.map((e, i) =>
        i === index ? { ...e, view: { center: [lon, lat], zoom: Math.round(zoom * 10) / 10 } } : e,
      ),
    }));
  };
  const clear = () =>
    store.getState().change((d) => ({
      ...d,
      events: d.events.map((e, i) => {
        if (i !== index) return e;
        const { view: _view, ...rest } = e;
        return rest;
      }),
    }));
  return (
    <fieldset className="item-group">
      <legend>{t('eventView')}</legend>
      <p role="status">
        {view ? t('viewSet', { lon: view.center[0], lat: view.center[1], zoom: view.zoom }) : t('viewNone')}
      </p>
      <button type="button" onClick={takeView}>
        {t('useMapView')}
      </button>{' '}
      {view && (
        <button type="button" onClick={clear}>
          {t('clearView')}
        </button>
      )}
    </fieldset>
  );
}

/** Country codes typed as "KAZ UZB": the draft takes the list, the box keeps what is typed. */
function CodesField({ path, label }: { path: Path; label: string }) {
  const store = useStudioStore();
  const value = useStudio((s) => getIn(s.draft, path));
  const codes = Array.isArray(value) ? value.join(' ') : '';
  const [text, setText] = useState(codes);
  useEffect(() => {
    setText((typed) =>
      typed
        .trim()
        .toUpperCase()
        .split(/[\s,]+/)
        .join(' ') === codes
        ? typed
        : codes,
    );
  }, [codes]);
  const id = fieldId(path);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          const list = e.target.value
            .trim()
            .toUpperCase()
            .split(/[\s,]+/)
            .filter(Boolean);
          store.getState().edit(path, list.length ? list : undefined);
        }}
      />
    </div>
  );
}

export function RoutesEditor() {
  const t = useStudioT();
  const store = useStudioStore();
  const lang = useStudio((s) => s.lang);
  const draft = useStudio((s) => s.draft);
  const selected = useStudio((s) => s.selected.route);
  if (!draft) return null;
  const routes = draft.routes ?? [];
  const index = routes.findIndex((r) => r.id === selected);
  const route = routes[index];
  const placeName = (id: string) => nameOf(draft.places.find((p) => p.id === id)?.name, lang) || id;
  const add = () => {
    const id = freshId(
      'route',
      routes.map((r) => r.id),
    );
    const fresh: Route = { id, name: { [lang]: t('newRoute') }, places: [], modes: [] };
    store.getState().change((d) => ({ ...d, routes: [...(d.routes ?? []), fresh] }));
    store.getState().select('route', id);
  };
  const setStops = (stops: string[]) => {
    if (!route) return;
    const modes = stops.slice(1).map((_, i) => route.modes[i] ?? 'road');
    store.getState().change((d) => ({
      ...d,
      routes: (d.routes ?? []).map((r) => (r.id === route.id ? { ...r, places: stops, modes } : r)),
    }));
  };
  return (
    <div className="editor-split">
      <ItemList
        items={routes}
        selected={selected}
        name={(r) => nameOf(r.name, lang)}
        onSelect={(id) => store.getState().select('route', id)}
        onAdd={add}
        addLabel={t('addRoute')}
      />
      {route && (
        <div className="editor-form" key={route.id}>
          <LangText path={['routes', index, 'name']} field="fieldName" />
          <LangText path={['routes', index, 'description']} field="fieldDescription" multiline />
          <fieldset>
            <legend>{t('routeStops')}</legend>
            <ol className="stops">
              {route.places.map((id, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a route may pass one place twice
                <li key={`${id}-${i}`}>
                  {placeName(id)}{' '}
                  <button type="button" onClick={() => setStops(route.places.filter((_, j) => j !== i))}>
                    {t('removeStop', { place: placeName(id) })}
                  </button>
                  {i > 0 && (
                    <SelectField
                      path={['routes', index, 'modes', i - 1]}
                      label={t('leg', {
                        n: i,
                        from: placeName(route.places[i - 1] ?? ''),
                        to: placeName(id),
                      })}
                      options={MODES.map((m) => ({ value: m, label: t(`mode_${m}`) }))}
                    />
                  )}
                </li>
              ))}
            </ol>
            <label htmlFor="add-stop">{t('addStop')}</label>
            <select
              id="add-stop"
              value=""
              onChange={(e) => e.target.value && setStops([...route.places, e.target.value])}
            >
              <option value="">{t('chooseStop')}</option>
              {draft.places.map((p) => (
                <option key={p.id} value={p.id}>
                  {placeName(p.id)}
                </option>
              ))}
            </select>
          </fieldset>
          <button
            type="button"
            className="danger"
            onClick={() => {
              store.getState().change((d) => ({
                ...d,
                routes: (d.routes ?? []).filter((r) => r.id !== route.id),
                events: d.events.map((e) => ({ ...e, routes: e.routes?.filter((id) => id !== route.id) })),
              }));
              store.getState().select('route', null);
            }}
          >
            {t('removeRoute')}
          </button>
        </div>
      )}
    </div>
  );
}
