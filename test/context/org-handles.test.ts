import { expect, it } from 'vitest';
import { handleOfNamedGroup, isOrgOrStaffHandle } from '../../src/context/org-handles.js';

it("tells an organisation's or a clinician's handle from a person's", () => {
  for (const handle of ['@westside_clinic', '@stmarysparish', '@greenwayrx', '@brightpathrecovery', '@dr.jaepark.pt', '@marcus.lpc', '@ana.solis.rt', '@marionpubliclibrary', '@ValleyFreshMarket', '@eastsidelions', '@ironmantri', '@wkrn_news'])
    expect(isOrgOrStaffHandle(handle), handle).toBe(true);
  for (const handle of ['@kylie.draws', '@sam_rises', '@jaybird_88', '@tombecker_outdoors']) expect(isOrgOrStaffHandle(handle), handle).toBe(false);
});

it("reads a practice's name run into its credential or what it does, not a word that ends so", () => {
  for (const handle of ['@summitpeakpt', '@riverbenddpt', '@lakeshorefertility', '@brightsmilesortho', '@county_ems'])
    expect(isOrgOrStaffHandle(handle), handle).toBe(true);
  for (const handle of ['@concept', '@script', '@poems', '@gems', '@my_ivf_journey']) expect(isOrgOrStaffHandle(handle), handle).toBe(false);
});

it('reads a handle that spells a team or club the post names as that group', () => {
  const segments = [{ text: "When he isn't at the counter he's coaching the Millbrook Marlins 10U baseball team." }];
  expect(handleOfNamedGroup('@MillbrookMarlins', segments)).toBe(true);
  expect(handleOfNamedGroup('@millbrook_marlins', segments)).toBe(true);
  expect(handleOfNamedGroup('@marlinsmom22', segments)).toBe(false);
  expect(handleOfNamedGroup('@MillbrookMarlins', [{ text: 'Go Marlins!' }])).toBe(false);
});
