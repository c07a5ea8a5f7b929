import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { memo } from 'react';
import userEvent from '@testing-library/user-event';
import { BrowserRouter, Link, MemoryRouter, type Location } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { LocationProbe } from '../test/test-utils';
import {
  enumParam,
  numberParam,
  SearchParamsProvider,
  setParam,
  useCardState,
  useUrlParam,
} from './url-state';

// A pasted link may be old, hand-edited or truncated: every parser falls back quietly.

describe('enumParam', () => {
  const sort = enumParam(['capacity', 'name'], 'capacity');
  it('keeps known values and falls back on anything else', () => {
    expect(sort.parse('name')).toBe('name');
    for (const raw of [null, '', 'NAME', 'sideways', 'name,capacity', '%%'])
      expect(sort.parse(raw)).toBe('capacity');
  });
  it('drops the parameter at its default, so links stay short', () => {
    expect(sort.serialize('capacity')).toBeNull();
    expect(sort.serialize('name')).toBe('name');
  });
});

describe('setParam', () => {
  const status = setParam(['operating', 'planned', 'cancelled']);
  it('keeps the known entries in canonical order and drops the rest', () => {
    expect(status.parse('cancelled,bogus,operating')).toEqual(['operating', 'cancelled']);
    expect(status.parse(',,')).toEqual([]);
    expect(status.parse(null)).toEqual([]);
  });
  it('round-trips, and an empty set removes the parameter', () => {
    expect(status.serialize(['cancelled', 'operating'])).toBe('operating,cancelled');
    expect(status.parse(status.serialize(['planned']))).toEqual(['planned']);
    expect(status.serialize([])).toBeNull();
  });
});

describe('numberParam', () => {
  const year = numberParam(2030, 2020, 2060);
  it('accepts finite numbers in range only', () => {
    expect(year.parse('2045')).toBe(2045);
    for (const raw of [null, '', ' ', 'abc', 'Infinity', '1e9', '2019', '2061', 'NaN'])
      expect(year.parse(raw)).toBe(2030);
  });
  it('drops the parameter at its default', () => {
    expect(year.serialize(2030)).toBeNull();
    expect(year.serialize(2040)).toBe('2040');
  });
});

const colours = setParam(['red', 'green', 'blue']);
const sort = enumParam(['name', 'size'], 'size');

function Probe() {
  const [picked, setPicked] = useUrlParam('colour', colours);
  const [order, setOrder] = useUrlParam('sort', sort);
  return (
    <>
      <p>{`${picked.join('+') || 'none'} by ${order}`}</p>
      <button
        type="button"
        onClick={() => {
          setPicked([]);
          setOrder('size');
        }}
      >
        Reset
      </button>
    </>
  );
}

function routerAt(path: string) {
  let current: Location | undefined;
  render(
    <MemoryRouter initialEntries={[path]}>
      <SearchParamsProvider>
        <Probe />
      </SearchParamsProvider>
      <LocationProbe onLocation={(location) => (current = location)} />
    </MemoryRouter>,
  );
  return { location: () => current };
}

describe('useUrlParam', () => {
  it('read known values and drop unknown ones quietly', () => {
    routerAt('/?colour=blue,nope,red&sort=weird');
    expect(screen.getByText('red+blue by size')).toBeInTheDocument();
  });

  it('keeps every change when several setters run in one event', async () => {
    const { location } = routerAt('/?colour=red&sort=name&lang=ko');
    await userEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(screen.getByText('none by size')).toBeInTheDocument();
    await waitFor(() => expect(location()?.search).toBe('?lang=ko'));
  });
});

describe('the address', () => {
  function Picker() {
    const [picked, setPicked] = useUrlParam('colour', colours);
    return (
      <>
        <button type="button" onClick={() => setPicked(['green'])}>
          {`colour: ${picked.join('+') || 'none'}`}
        </button>
        <Link to="/elsewhere">Elsewhere</Link>
      </>
    );
  }

  it('follows the readers after the next paint: the click redraws first', async () => {
    function Reader() {
      const [picked, setPicked] = useUrlParam('colour', colours);
      return (
        <button type="button" onClick={() => setPicked(['blue'])}>
          {`picked: ${picked.join('+') || 'none'}`}
        </button>
      );
    }
    let current: Location | undefined;
    render(
      <MemoryRouter initialEntries={['/?sort=name']}>
        <SearchParamsProvider>
          <Reader />
        </SearchParamsProvider>
        <LocationProbe onLocation={(at) => (current = at)} />
      </MemoryRouter>,
    );
    expect(current?.search).toBe('?sort=name');
    fireEvent.click(screen.getByRole('button', { name: 'picked: none' }));
    // In the click: the reader shows the new value, the router's location is still the old one.
    expect(screen.getByRole('button', { name: 'picked: blue' })).toBeInTheDocument();
    expect(current?.search).toBe('?sort=name');
    await waitFor(() => expect(current?.search).toBe('?sort=name&colour=blue'));
  });

  /** The picker under the browser's own history, at `address`. */
  const renderInBrowser = (address: string) => {
    window.history.replaceState(null, '', address);
    render(
      <BrowserRouter>
        <SearchParamsProvider>
          <Picker />
        </SearchParamsProvider>
      </BrowserRouter>,
    );
  };

  it('leaves a navigation made before it reaches the router alone', async () => {
    renderInBrowser('/?sort=name');
    fireEvent.click(screen.getByRole('button', { name: 'colour: none' }));
    // The address changes before the router has re-rendered (a link's navigation writes the
    // history entry at once, the router's render follows in a transition).
    window.history.pushState(null, '', '/elsewhere');
    // Longer than the write waits for a paint (at most 100 ms).
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(`${window.location.pathname}${window.location.search}`).toBe('/elsewhere');
    window.history.replaceState(null, '', '/');
  });

  it('is written to the browser’s address once the page has painted', async () => {
    renderInBrowser('/?sort=name');
    fireEvent.click(screen.getByRole('button', { name: 'colour: none' }));
    expect(screen.getByRole('button', { name: 'colour: green' })).toBeInTheDocument();
    await waitFor(() => expect(window.location.search).toBe('?sort=name&colour=green'));
    window.history.replaceState(null, '', '/');
  });
});

describe('URL state subscriptions', () => {
  const rendered = { colour: vi.fn(), sort: vi.fn() };
  const ColourReader = memo(function ColourReader() {
    const [picked, setPicked] = useUrlParam('colour', colours);
    rendered.colour();
    return (
      <button type="button" onClick={() => setPicked(['green'])}>
        {`colour: ${picked.join('+') || 'none'}`}
      </button>
    );
  });
  const SortReader = memo(function SortReader() {
    const [order] = useUrlParam('sort', sort);
    rendered.sort();
    return <p>{`sort: ${order}`}</p>;
  });

  it('re-renders only the readers of the parameter that changed', async () => {
    render(
      <MemoryRouter initialEntries={['/?sort=name']}>
        <SearchParamsProvider>
          <ColourReader />
          <SortReader />
        </SearchParamsProvider>
      </MemoryRouter>,
    );
    const before = {
      colour: rendered.colour.mock.calls.length,
      sort: rendered.sort.mock.calls.length,
    };
    await userEvent.click(screen.getByRole('button', { name: 'colour: none' }));
    expect(screen.getByRole('button', { name: 'colour: green' })).toBeInTheDocument();
    expect(screen.getByText('sort: name')).toBeInTheDocument();
    expect(rendered.colour.mock.calls.length).toBeGreaterThan(before.colour);
    expect(rendered.sort).toHaveBeenCalledTimes(before.sort);
  });
});

describe('useCardState', () => {
  function Card() {
    const { id, mode, onModeChange, tableSort } = useCardState('stargate-growth');
    const [sort, setSort] = tableSort;
    return (
      <>
        <p>{`${id}: ${mode}, ${sort ? `${sort.key} ${sort.dir}` : 'unsorted'}`}</p>
        <button type="button" onClick={() => onModeChange('table')}>
          Table
        </button>
        <button type="button" onClick={() => setSort({ key: 'gw', dir: 'desc' })}>
          Sort
        </button>
      </>
    );
  }

  it('keeps a card’s table view and sort in the URL, beside other cards’', async () => {
    let current: Location | undefined;
    render(
      <MemoryRouter initialEntries={['/?table=other&table-sort=other.name.asc']}>
        <SearchParamsProvider>
          <Card />
        </SearchParamsProvider>
        <LocationProbe onLocation={(location) => (current = location)} />
      </MemoryRouter>,
    );
    expect(screen.getByText('stargate-growth: chart, unsorted')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Table' }));
    await userEvent.click(screen.getByRole('button', { name: 'Sort' }));
    expect(screen.getByText('stargate-growth: table, gw desc')).toBeInTheDocument();
    // The router's location follows the readers after the next paint.
    await waitFor(() => {
      const params = new URLSearchParams(current?.search);
      expect(params.get('table')).toBe('other,stargate-growth');
      expect(params.get('table-sort')).toBe('other.name.asc,stargate-growth.gw.desc');
    });
  });
});
