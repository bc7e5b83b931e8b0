import { describe, expect, it } from 'vitest';
import { claim } from './seed-pack';

describe('facets from cues, on real sentences from the seeds', () => {
  it('files each sentence under the questions it answers', () => {
    expect(claim('wsws', 'Russia’s defense ministry insists that its counterpart was informed').facetIds).toContain('il76-crash/notified');
    expect(claim('rferl', 'The Ukrainian military intelligence statement on Facebook said Kyiv had not been asked').facetIds).toContain(
      'il76-crash/notified',
    );
    expect(claim('euromaidan', 'He also claimed that “only five bodies').facetIds).toContain('il76-crash/site');
    expect(claim('pravda', "Kremlin's official spokesman Dmitry Peskov commented").facetIds).toContain('il76-crash/investigation');
    expect(claim('afp', 'Vyacheslav Volodin, the top lawmaker').facetIds).toContain('il76-crash/cause');
    expect(claim('wsws', 'Shortly thereafter, Ukraine’s Military Intelligence Directorate (HUR) reported').facetIds).toContain('il76-crash/exchange');
  });

  it('links a sentence in a section about the crash to the crash, even without naming it', () => {
    expect(claim('afp', 'The Belgorod regional governor said').entityIds).toContain('il76-crash');
  });

  it('does not ask crash questions of sentences about other events', () => {
    const pace = claim('euromaidan', 'The resolution also urges PACE’s member states');
    expect(pace.entityIds).toContain('pace-resolution-children');
    expect(pace.entityIds).not.toContain('il76-crash');
    expect(pace.facetIds).toEqual([]);
    expect(claim('afp', 'In 2022, Russia and Ukraine accused each other').entityIds).toContain('olenivka-2022');
  });

  it('asks the Security Council question where outlets speak of the UN meeting', () => {
    expect(claim('rferl', 'Russia called for an emergency UN Security Council session').facetIds).toContain('unsc-meeting-2024-01/purpose');
    expect(claim('wsws', "Kiev's UN representative, Serhiy Kyslytsya").facetIds).toContain('unsc-meeting-2024-01/purpose');
  });
});
