import { describe, expect, it } from 'vitest';
import { API_CALL_NAMES, API_EVENT_NAMES } from './contract';
import { CALL_NAMES, EVENT_NAMES } from './channels';

describe('preload channel lists', () => {
  it('list exactly the calls and events of the contract', () => {
    expect([...CALL_NAMES].sort()).toEqual([...API_CALL_NAMES].sort());
    expect([...EVENT_NAMES].sort()).toEqual([...API_EVENT_NAMES].sort());
  });
});
