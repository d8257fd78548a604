// Rasterises a composed SVG to PNG in the browser: the SVG (fonts embedded as data URLs) is loaded
// as an image and drawn onto a canvas of the requested pixel size. We use the canvas rather than
// modern-screenshot on purpose: the SVG is already standalone, so the PNG is exactly the SVG
// download, pixel for pixel, with no second pass over the live DOM (which would pick up the page's
// theme, hover state and scroll position). Needs img-src data: in the page's CSP (lib/security).

export async function svgToPngBlob(svg: string, pixelWidth: number, pixelHeight: number): Promise<Blob> {
  const image = new Image();
  image.decoding = "sync";
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = pixelWidth;
  canvas.height = pixelHeight;
  const context = canvas.getContext("2d");
  if (!context) throw new Error("this browser cannot draw on a canvas");
  context.drawImage(image, 0, 0, pixelWidth, pixelHeight);
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("the browser could not encode the PNG"))), "image/png"),
  );
}
