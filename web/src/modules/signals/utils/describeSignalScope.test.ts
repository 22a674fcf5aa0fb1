import { describeSignalScope } from '@/modules/signals/utils/describeSignalScope';

describe(describeSignalScope.name, () => {
  it('should show labels, never raw codes, for domain and line', () => {
    expect(describeSignalScope({ scopeKey: 'domein=werk_inkomen', domainLabel: 'Werk en inkomen' })).toBe(
      'Domein: Werk en inkomen',
    );
    expect(describeSignalScope({ scopeKey: 'lijn=eerste_lijn_gemeente' })).toBe(
      'Lijn: Eerste lijn, gemeente',
    );
  });
});
