import { describe, expect, it } from 'vitest';
import type { WriterTurns } from '../../src/service/ports';
import { aBehavior, aProfile } from '../fixtures/profiles';

let names = 0;
const NOW = Date.parse('2026-03-01T12:00:00.000Z');
const HOLD_MS = 3_000;

/** What the change pipeline relies on from writer turns, fake and DynamoDB alike. */
export function describeWriterTurnsContract(implementation: string, underTest: () => WriterTurns): void {
  describe(`WriterTurns contract: ${implementation}`, () => {
    const aName = () => `turn-profile-${(names += 1)}`;

    it('gives a free turn to the first holder and refuses the next while it runs', async () => {
      const turns = underTest();
      const name = aName();

      const first = await turns.take(name, 'event-1', NOW, NOW + HOLD_MS);
      const second = await turns.take(name, 'event-2', NOW + 10, NOW + 10 + HOLD_MS);

      expect(first).toEqual({ taken: true });
      expect(second).toEqual({ taken: false });
    });

    it('keeps one profile’s turn apart from another’s', async () => {
      const turns = underTest();

      await turns.take(aName(), 'event-1', NOW, NOW + HOLD_MS);
      const other = await turns.take(aName(), 'event-2', NOW, NOW + HOLD_MS);

      expect(other.taken).toBe(true);
    });

    it('gives the turn to the next holder once the holder releases it', async () => {
      const turns = underTest();
      const name = aName();
      await turns.take(name, 'event-1', NOW, NOW + HOLD_MS);

      await turns.release(name, 'event-1');
      const next = await turns.take(name, 'event-2', NOW + 10, NOW + 10 + HOLD_MS);

      expect(next.taken).toBe(true);
    });

    it('lets another holder take a turn that ran out, so a writer that was killed blocks no one for ever', async () => {
      const turns = underTest();
      const name = aName();
      await turns.take(name, 'killed', NOW, NOW + HOLD_MS);

      const before = await turns.take(name, 'event-2', NOW + HOLD_MS - 1, NOW + 2 * HOLD_MS);
      const after = await turns.take(name, 'event-2', NOW + HOLD_MS, NOW + 2 * HOLD_MS);

      expect(before.taken).toBe(false);
      expect(after.taken).toBe(true);
    });

    it('hands the profile and owner the holder left to the next holder, 64-bit counts and dates exact', async () => {
      const turns = underTest();
      const name = aName();
      const left = {
        profile: aProfile({
          securityProfileName: name,
          version: 9_007_199_254_740_993n,
          behaviors: [aBehavior({ criteria: { value: { count: 18_446_744_073_709_551_615n } } })],
        }),
        ownerTeam: 'team-b',
        leftAtMs: NOW,
      };
      await turns.take(name, 'event-1', NOW, NOW + HOLD_MS);

      await turns.release(name, 'event-1', left);
      const next = await turns.take(name, 'event-2', NOW + 10, NOW + 10 + HOLD_MS);

      expect(next).toEqual({ taken: true, handoff: left });
    });

    it('keeps the last handoff when a holder releases without one', async () => {
      const turns = underTest();
      const name = aName();
      const left = {
        profile: aProfile({ securityProfileName: name, version: 4n }),
        ownerTeam: 'team-a',
        leftAtMs: NOW,
      };
      await turns.take(name, 'event-1', NOW, NOW + HOLD_MS);
      await turns.release(name, 'event-1', left);
      await turns.take(name, 'event-2', NOW + 10, NOW + 10 + HOLD_MS);

      await turns.release(name, 'event-2');
      const third = await turns.take(name, 'event-3', NOW + 20, NOW + 20 + HOLD_MS);

      expect(third.handoff).toEqual(left);
    });

    it('ignores the release of a holder whose turn ran out and was taken', async () => {
      const turns = underTest();
      const name = aName();
      await turns.take(name, 'late', NOW, NOW + HOLD_MS);
      await turns.take(name, 'event-2', NOW + HOLD_MS, NOW + 2 * HOLD_MS);

      await turns.release(name, 'late', {
        profile: aProfile({ securityProfileName: name, version: 99n }),
        ownerTeam: 'team-a',
        leftAtMs: NOW,
      });
      const third = await turns.take(name, 'event-3', NOW + HOLD_MS + 10, NOW + 2 * HOLD_MS);

      expect(third).toEqual({ taken: false });
    });
  });
}

/** The line of waiters and the handing on of a turn, fake and DynamoDB alike. */
export function describeWriterTurnLineContract(implementation: string, underTest: () => WriterTurns): void {
  describe(`WriterTurns contract, the line: ${implementation}`, () => {
    const aName = () => `line-profile-${(names += 1)}`;

    it('shows who holds the turn, until when, and who waits, in the order their ids sort', async () => {
      const turns = underTest();
      const name = aName();
      await turns.take(name, 'event-1', NOW, NOW + HOLD_MS);

      await turns.join(name, 'event-3');
      await turns.join(name, 'event-2');
      await turns.join(name, 'event-2');

      expect(await turns.look(name)).toEqual({
        heldBy: 'event-1',
        heldUntil: NOW + HOLD_MS,
        waiters: ['event-2', 'event-3'],
      });
    });

    it('shows a turn no one ever took as free, with no one waiting', async () => {
      expect(await underTest().look(aName())).toEqual({ waiters: [] });
    });

    it('hands the turn and the profile to the waiter named, who leaves the line, while others stay out', async () => {
      const turns = underTest();
      const name = aName();
      const left = {
        profile: aProfile({ securityProfileName: name, version: 5n }),
        ownerTeam: undefined,
        leftAtMs: NOW,
      };
      await turns.take(name, 'event-1', NOW, NOW + HOLD_MS);
      await turns.join(name, 'event-2');
      await turns.join(name, 'event-3');

      await turns.release(name, 'event-1', left, { holder: 'event-2', untilMs: NOW + 2 * HOLD_MS });
      const other = await turns.take(name, 'event-3', NOW + HOLD_MS, NOW + 2 * HOLD_MS);

      expect(await turns.look(name)).toEqual({
        heldBy: 'event-2',
        heldUntil: NOW + 2 * HOLD_MS,
        waiters: ['event-3'],
        handoff: left,
      });
      expect(other).toEqual({ taken: false });
    });

    it('says whether others were waiting when a holder took the turn', async () => {
      const turns = underTest();
      const name = aName();
      const alone = await turns.take(name, 'event-1', NOW, NOW + HOLD_MS);
      await turns.join(name, 'event-2');
      await turns.join(name, 'event-3');
      await turns.release(name, 'event-1');

      const behind = await turns.take(name, 'event-2', NOW + 10, NOW + HOLD_MS);

      expect(alone.contended).toBeFalsy();
      expect(behind.contended).toBe(true);
    });

    it('takes the waiter who takes the turn out of the line', async () => {
      const turns = underTest();
      const name = aName();
      await turns.join(name, 'event-1');

      await turns.take(name, 'event-1', NOW, NOW + HOLD_MS);

      expect((await turns.look(name)).waiters).toEqual([]);
    });

    it('lets a waiter leave the line, and frees a turn handed to it meanwhile', async () => {
      const turns = underTest();
      const name = aName();
      await turns.take(name, 'event-1', NOW, NOW + HOLD_MS);
      await turns.join(name, 'event-2');
      await turns.join(name, 'event-3');
      await turns.release(name, 'event-1', undefined, { holder: 'event-2', untilMs: NOW + HOLD_MS });

      await turns.leave(name, 'event-2');
      await turns.leave(name, 'event-3');

      expect(await turns.look(name)).toEqual({ waiters: [] });
    });
  });
}
