"use client";

import { Sankey } from "recharts";
import type { LinkProps, NodeProps } from "recharts/types/chart/Sankey";
import { sankeyHeight } from "@/lib/charts/layout";
import { measureLabel } from "@/lib/charts/measure";
import type { SankeyData, SankeyNodeDatum } from "@/lib/charts/flow-diagram/sankey";
import { ChartBox } from "../chart-box";
import { SizedBox } from "../sized-box";
import styles from "../charts.module.css";
import { DIRECTION_COLORS } from "../direction-colors";
import { markAriaLabel, MarkTooltip } from "../mark-tooltip";
import { ChartPatterns, hatchId } from "../svg-marks";
import { useChartMarks } from "../use-chart-marks";
import { useChartWords } from "../use-chart-words";
import { linkInfo } from "./flow-link-info";
import own from "./flow-sankey.module.css";

// The flow diagram: a Recharts Sankey, side A (sent) -> categories -> receivers, and givers -> categories -> side A.
// Links are drawn by hand so that each is a focusable, countable mark with a tooltip; converted
// (derived) sums are hatched.

const CHART = "flow";


export function FlowSankey({ data }: { data: SankeyData }) {
  const { active, markProps } = useChartMarks(CHART, data.links.length);
  const height = sankeyHeight(data);
  const w = useChartWords();
  const { t } = w;
  const infos = data.links.map((link) => linkInfo(link, data.measure, w));
  const info = active ? infos[active.index] : undefined;

  const renderLink = (props: LinkProps) => {
    const { sourceX, targetX, sourceY, targetY, sourceControlX, targetControlX, linkWidth, index } = props;
    const link = data.links[index];
    if (!link) return <path />;
    const color = link.derived ? `url(#${hatchId(CHART, link.direction)})` : DIRECTION_COLORS[link.direction];
    const d = `M${sourceX},${sourceY} C${sourceControlX},${sourceY} ${targetControlX},${targetY} ${targetX},${targetY}`;
    return (
      <g
        className={styles.mark}
        role="img"
        aria-label={markAriaLabel(infos[index]!, t)}
        data-mark="flow-link"
        data-direction={link.direction}
        data-category={link.category}
        data-derived={link.derived ? "true" : "false"}
        {...markProps(index)}
      >
        <path d={d} className={own.link} style={{ stroke: color, strokeOpacity: link.derived ? 0.9 : 0.4, strokeWidth: Math.max(1, linkWidth) }} />
        <path d={d} className={`${styles.focusRing} ${own.linkRing}`} style={{ strokeWidth: Math.max(1, linkWidth) + 4 }} />
      </g>
    );
  };

  const renderNode = (props: NodeProps) => {
    const { x, y, width, height, payload } = props;
    const node = payload as unknown as SankeyNodeDatum & { depth?: number };
    const color = DIRECTION_COLORS[node.direction];
    const right = node.kind === "target";
    const labelX = right ? x - 6 : x + width + 6;
    return (
      <g data-mark="flow-node" data-kind={node.kind} data-direction={node.direction}>
        <rect x={x} y={y} width={width} height={Math.max(2, height)} style={{ fill: color }} />
        <text x={labelX} y={y + Math.max(2, height) / 2 - 2} textAnchor={right ? "end" : "start"} className={styles.markLabel}>
          {node.name}
        </text>
        <text x={labelX} y={y + Math.max(2, height) / 2 + 12} textAnchor={right ? "end" : "start"} className={`${styles.markValue} ${own.nodeValue}`}>
          {node.valueText}
        </text>
      </g>
    );
  };

  return (
    <ChartBox
      id={CHART}
      height={height}
      minWidth={520}
      label={t("aria.flow", { unit: measureLabel(data.measure, w), count: data.links.length })}
      tooltip={info && active ? <MarkTooltip id={`${CHART}-tooltip`} info={info} anchor={active} /> : null}
    >
      <SizedBox>
        {(width) => (
          <Sankey
            width={width}
            height={height}
            data={{ nodes: data.nodes, links: data.links.map((link) => ({ source: link.source, target: link.target, value: link.value })) }}
            nodeWidth={12}
            nodePadding={28}
            margin={{ top: 16, right: 16, bottom: 16, left: 16 }}
            link={renderLink}
            node={renderNode}
            sort={false}
            accessibilityLayer={false}
          >
            <ChartPatterns chart={CHART} />
          </Sankey>
        )}
      </SizedBox>
    </ChartBox>
  );
}
