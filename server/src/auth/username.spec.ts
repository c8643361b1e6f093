import { describe, expect, it } from 'vitest';
import { parseUsername } from './auth.service.js';

describe(parseUsername.name, () => {
  it('reads an email, a CCCD (spaces allowed) or a phone in any Vietnamese form', () => {
    expect(parseUsername('Lan.Anh@Demo.Local')).toMatchObject({
      email: 'lan.anh@demo.local',
      phone: null,
      citizenId: null,
    });
    expect(parseUsername('001 188 020 647')).toMatchObject({
      citizenId: '001188020647',
      phone: null,
      email: null,
    });
    for (const typed of ['0912576031', '+84912576031', '84 912 576 031'])
      expect(parseUsername(typed)).toMatchObject({ phone: '0912576031', citizenId: null });
  });

  it('counts failed tries of one account whatever form was typed', () => {
    expect(parseUsername('+84912576031').accountKey).toBe(parseUsername('0912576031').accountKey);
    expect(parseUsername('001188020647').accountKey).toBe(
      parseUsername('001 188 020 647').accountKey,
    );
    expect(parseUsername('not a login').accountKey).toBe('not a login');
  });
});
