import { describe, expect, it } from 'vitest';
import { authorizeChange, authorizeRead } from '../../../src/domain/authorization/authorizeChange';
import { aLoadedProfile, anActor, aPolicy, aRequest } from './builders';

const auditor = anActor(['security-audit']);

describe('auditor teams', () => {
  it.each([
    ['a profile of another team', 'team-c'],
    ['an untagged profile', undefined],
  ])('read %s', (_what, ownerTeam) => {
    const decision = authorizeRead(auditor, aLoadedProfile(ownerTeam), aPolicy());

    expect(decision).toEqual({ allowed: true });
  });

  it.each([
    ['a profile of another team', 'team-c', 'OWNER_TEAM_REQUIRED'],
    ['an untagged profile', undefined, 'ADMIN_ONLY_UNOWNED'],
  ])('change nothing: %s is refused', (_what, ownerTeam, rule) => {
    const decision = authorizeChange(auditor, aLoadedProfile(ownerTeam), aRequest(), aPolicy());

    expect(decision).toMatchObject({ allowed: false, rule });
  });

  it('keep the rights of the other teams their members are in', () => {
    const auditorInTeamA = anActor(['security-audit', 'team-a']);

    const decision = authorizeChange(auditorInTeamA, aLoadedProfile('team-a'), aRequest(), aPolicy());

    expect(decision).toEqual({ allowed: true });
  });
});
