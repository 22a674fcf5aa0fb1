import { useLocation } from 'react-router';
import { formatDateTime } from '@/lib/format';
import { describeUrlFilters } from '@/modules/navigation/utils/describeUrlFilters';

/** Shown on paper only (styles.css @media print): when it was printed and with which filters. */
export function PrintHeader() {
  const { search } = useLocation();
  return (
    <div className="print-header">
      <p>
        Leerlus · afgedrukt op {formatDateTime(new Date().toISOString())} · Filters:{' '}
        {describeUrlFilters(search)}
      </p>
    </div>
  );
}
