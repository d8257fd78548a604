/**
 * Greedy lane packing: each mark goes in the first lane whose last mark ended `gap` before it.
 * With `maxLanes`, a mark that finds no free lane goes where the lane ends earliest and may touch
 * its neighbour (a burst of events in a few weeks would otherwise make the chart very tall); every
 * mark stays reachable by keyboard and is listed in the table.
 */
export function packLanes<T extends { x1: number; x2: number }>(
  items: T[],
  gap: number,
  pointWidth: number,
  maxLanes = Number.POSITIVE_INFINITY,
): (T & { lane: number })[] {
  const laneEnds: number[] = [];
  return items.map((item) => {
    const left = item.x1 === item.x2 ? item.x1 - pointWidth / 2 : item.x1;
    const right = item.x1 === item.x2 ? item.x1 + pointWidth / 2 : item.x2;
    let lane = laneEnds.findIndex((end) => end + gap <= left);
    if (lane === -1 && laneEnds.length < maxLanes) lane = laneEnds.push(right) - 1;
    else if (lane === -1) lane = laneEnds.indexOf(Math.min(...laneEnds));
    laneEnds[lane] = Math.max(laneEnds[lane] ?? right, right);
    return { ...item, lane };
  });
}
