import { followUpShares } from './follow-up';

describe(followUpShares.name, () => {
  it('should give each status its share of all recommendations and followed of decided', () => {
    const shares = followUpShares(['opgevolgd', 'opgevolgd', 'opgevolgd', 'niet_opgevolgd', 'in_afwachting']);
    expect(shares).toEqual({
      total: 5,
      followed: 3,
      notFollowed: 1,
      pending: 1,
      followedShare: 60,
      notFollowedShare: 20,
      pendingShare: 20,
      followedOfDecided: 75,
    });
  });

  it('should give no shares without recommendations', () => {
    expect(followUpShares([])).toMatchObject({ total: 0, followedShare: null, followedOfDecided: null });
  });

  it('should give no followed-of-decided share when all are pending', () => {
    expect(followUpShares(['in_afwachting', 'in_afwachting'])).toMatchObject({
      pendingShare: 100,
      followedOfDecided: null,
    });
  });
});
