/** The last `count` complete quarters before `today`, newest first, as "YYYY-Qn". */
export function recentQuarters(today: Date, count = 8): string[] {
  let year = today.getFullYear();
  let quarter = Math.floor(today.getMonth() / 3); // the current (incomplete) quarter, 0-based
  const quarters: string[] = [];
  for (let i = 0; i < count; i += 1) {
    if (quarter === 0) {
      year -= 1;
      quarter = 4;
    }
    quarters.push(`${year}-Q${quarter}`);
    quarter -= 1;
  }
  return quarters;
}
