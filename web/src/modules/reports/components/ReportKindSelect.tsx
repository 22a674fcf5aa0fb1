import type { ReportKind } from '@/generated/graphql';
import { reportKindLabels } from '@/modules/reports/utils/reportKindLabels';

interface ReportKindSelectProps {
  id: string;
  label: string;
  value: ReportKind;
  onChange: (kind: ReportKind) => void;
}

/** A labelled choice of P&C report (voorjaarsnota, bestuursrapportage, …). */
export function ReportKindSelect({ id, label, value, onChange }: ReportKindSelectProps) {
  return (
    <div className="form__field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as ReportKind)}>
        {Object.entries(reportKindLabels).map(([code, text]) => (
          <option key={code} value={code}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
