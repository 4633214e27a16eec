import { portalApi } from './portal';

const page = (items: { id: string }[], nextCursor: string | null) =>
  new Response(JSON.stringify({ items, nextCursor }), { status: 200, headers: { 'Content-Type': 'application/json' } });

afterEach(() => vi.unstubAllGlobals());

describe('the staff list', () => {
  it('reads every page, following nextCursor, so a team of any size is shown whole', async () => {
    const urls: string[] = [];
    const answers = [page([{ id: 'u1' }, { id: 'u2' }], 'c/1+'), page([{ id: 'u3' }], null)];
    vi.stubGlobal('fetch', vi.fn(async (url: string) => {
      urls.push(url);
      return answers.shift()!;
    }));

    const staff = await portalApi.staff('r1');

    expect(staff.items.map((member) => member.id)).toEqual(['u1', 'u2', 'u3']);
    expect(urls).toEqual([
      '/api/v1/restaurants/r1/staff?limit=100',
      '/api/v1/restaurants/r1/staff?limit=100&cursor=c%2F1%2B',
    ]);
  });
});
