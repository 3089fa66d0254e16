import { type KeyboardEvent, useEffect, useId, useMemo, useState } from 'react';
import { LANG_TAG } from '../i18n/messages';
import { type City, type Gazetteer, searchCities } from './gazetteer';
import { useStudio, useStudioT } from './use-studio';

/** Loaded once, on the first search: the explorer never loads it, and the studio only when asked. */
let loading: Promise<Gazetteer> | null = null;
const loadGazetteer = () => {
  loading ??= import('virtual:gazetteer').then((m) => m.default);
  return loading;
};

/** "Find a city": a combobox over the offline gazetteer; choosing a city hands it to the editor. */
export function CitySearch({ onChoose }: { onChoose: (city: City) => void }) {
  const t = useStudioT();
  const lang = useStudio((s) => s.lang);
  const id = useId();
  const [query, setQuery] = useState('');
  const [data, setData] = useState<Gazetteer | null>(null);
  const [open, setOpen] = useState(false);
  // No option is active until an arrow key moves to one; Enter then takes the first.
  const [active, setActive] = useState(-1);
  useEffect(() => {
    if (query.trim() && !data) void loadGazetteer().then(setData);
  }, [query, data]);
  const results = useMemo(() => (data ? searchCities(data, query) : []), [data, query]);
  const region = useMemo(() => new Intl.DisplayNames([LANG_TAG[lang]], { type: 'region' }), [lang]);
  const number = useMemo(() => new Intl.NumberFormat(LANG_TAG[lang]), [lang]);
  const shown = open && query.trim() !== '';
  const choose = (city: City | undefined) => {
    if (!city) return;
    onChoose(city);
    setQuery('');
    setOpen(false);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => {
        if (!results.length) return -1;
        if (i < 0) return step > 0 ? 0 : results.length - 1;
        return (i + step + results.length) % results.length;
      });
    } else if (e.key === 'Enter' && shown) {
      e.preventDefault();
      choose(results[Math.max(0, active)]);
    } else if (e.key === 'Escape' && shown) {
      e.preventDefault();
      setOpen(false);
    }
  };
  const optionId = (i: number) => `${id}-option-${i}`;
  return (
    <div className="field city-search">
      <label htmlFor={id}>{t('findCity')}</label>
      <div className="city-box">
        <input
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={shown}
          aria-controls={`${id}-list`}
          aria-activedescendant={shown && results[active] ? optionId(active) : undefined}
          aria-describedby={`${id}-hint`}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(-1);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        <div
          id={`${id}-list`}
          role="listbox"
          aria-label={t('findCity')}
          hidden={!shown}
          className="city-list"
        >
          {shown && !data && <p className="city-note">{t('loadingCities')}</p>}
          {shown && data && results.length === 0 && <p className="city-note">{t('noCities')}</p>}
          {shown &&
            results.map((city, i) => (
              <div
                key={`${city.name}-${city.lon}-${city.lat}`}
                id={optionId(i)}
                role="option"
                tabIndex={-1}
                aria-selected={i === active}
                // The input keeps focus (and the keyboard); a click picks without blurring it first.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(city)}
                onKeyDown={onKeyDown}
              >
                <span>
                  {city.name}, {region.of(city.country) ?? city.country}
                </span>{' '}
                <span className="hint">
                  {t('cityPopulation', { population: number.format(city.population) })}
                </span>
              </div>
            ))}
        </div>
      </div>
      <p className="hint" id={`${id}-hint`}>
        {t('findCityHint')}
      </p>
    </div>
  );
}
