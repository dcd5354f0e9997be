import { describe, expect, it } from 'vitest';
import { netRoute } from '../../src/ui/routes';

describe('netRoute', () => {
  it.each([
    ['#join', { kind: 'join', code: '' }],
    ['#join=ab12', { kind: 'join', code: 'AB12' }],
    ['#net/projector=xy%2034', { kind: 'projector', code: 'XY 34' }],
    ['#net/facilitator=s-1', { kind: 'facilitator', session: 's-1' }],
  ])('opens the networked page that %s names', (hash, route) => {
    expect(netRoute(hash)).toEqual(route);
  });

  it.each(['', '#classroom', '#workbench', '#joinery'])('opens no networked page for %j', (hash) => {
    expect(netRoute(hash)).toBeNull();
  });
});
