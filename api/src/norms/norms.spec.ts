import { applicableTermDays, NormDefinition, NORMS } from './norms';
import { NormsService } from './norms.service';

describe('norms', () => {
  const all = Object.values<NormDefinition>(NORMS);

  it('should key every norm by its own code', () => {
    for (const [key, norm] of Object.entries<NormDefinition>(NORMS)) expect(norm.code).toBe(key);
  });

  it('should carry the statutory terms of domain.md', () => {
    expect(NORMS.awb_9_11).toMatchObject({ termDays: 42, committeeTermDays: 70, extension: { maxDays: 28 } });
    expect(NORMS.awb_7_10).toMatchObject({ termDays: 42, committeeTermDays: 84, extension: { maxDays: 42 } });
    expect(NORMS.wmo_2_3_2.termDays).toBe(42);
    expect(NORMS.wmo_2_3_5.termDays).toBe(14);
    expect(NORMS.jeugdwet_awb_4_13.termDays).toBe(56);
    expect(NORMS.wgs_4_regulier.termDays).toBe(28);
    expect(NORMS.wgs_4_dreigend).toMatchObject({ termDays: 3, workingDays: true });
  });

  it('should label the youth-care waiting-time norm as a guideline and the rest as statutory', () => {
    expect(all.filter((norm) => norm.status === 'richtlijn').map((norm) => norm.code)).toEqual([
      'jeugd_treeknorm',
    ]);
  });

  it('should only mark the complaint and objection terms as computable', () => {
    expect(all.filter((norm) => norm.computable).map((norm) => norm.code)).toEqual(['awb_9_11', 'awb_7_10']);
    for (const norm of all) expect(norm.dataNote.length).toBeGreaterThan(20);
  });

  it('should add the committee term and the maximum extension to the applicable term', () => {
    expect(applicableTermDays(NORMS.awb_9_11, false, false)).toBe(42);
    expect(applicableTermDays(NORMS.awb_9_11, true, false)).toBe(70);
    expect(applicableTermDays(NORMS.awb_9_11, false, true)).toBe(70);
    expect(applicableTermDays(NORMS.awb_9_11, true, true)).toBe(98);
    expect(applicableTermDays(NORMS.awb_7_10, true, true)).toBe(126);
  });

  it('should list every norm for the API', () => {
    expect(new NormsService().list()).toHaveLength(all.length);
  });
});
