import { CiteThis } from "@/components/controls/cite-this";
import { getDatasetExportInfo } from "@/lib/data/datasets/export-info";
import { datasetCiteSubject } from "@/lib/export/cite-input";
import type { FigureDetailDto } from "@/lib/schemas/api/figure-response";

// "Cite this" on a figure's page: the figure in Aidflow (with the dataset's version), the paper
// that prints it, and the work the paper cites for it, when it cites one.
export async function FigureCite({ figure }: { figure: FigureDetailDto }) {
  const dataset = await getDatasetExportInfo(figure.dataset);
  if (!dataset) return null;
  return (
    <CiteThis
      subject={{
        kind: "figure",
        figure: {
          key: figure.key,
          label: figure.label,
          dataset: datasetCiteSubject(dataset),
          source: figure.source,
          citedRef: figure.citedRef,
          citedSource: figure.citedSource,
        },
      }}
    />
  );
}
