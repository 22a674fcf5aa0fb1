import { describeAgreement } from '@/modules/panel/utils/describeAgreement';

describe(describeAgreement.name, () => {
  it('should describe agreement and kappa in plain Dutch', () => {
    expect(describeAgreement({ pairs: 10, observedAgreement: 0.7, kappa: 0.4545 })).toBe(
      'Twee panelleden beoordeelden 10 zaken allebei. Zij gaven in 70% van die zaken hetzelfde antwoord op de vraag of er een systeemfout was. Rekening houdend met toeval zijn zij het redelijk eens (kappa 0,45).',
    );
  });

  it('should say so when the pairs are withheld', () => {
    expect(describeAgreement({ pairs: null, observedAgreement: null, kappa: null })).toMatch(
      /te weinig zaken/,
    );
  });
});
