/** Where the map camera is, as the map container's `data-center` and `data-zoom` attributes record it. */
export interface Camera {
  lon: number;
  lat: number;
  zoom: number;
}

export function cameraFromAttributes(center: string | null, zoom: string | null): Camera {
  const [lon = 0, lat = 0] = (center ?? '0,0').split(',').map(Number);
  return { lon, lat, zoom: Number(zoom) };
}

/** Page coordinates of a longitude/latitude on a map box, from its camera (Web Mercator, 512 px tiles). */
export function projectToBox(
  box: { x: number; y: number; width: number; height: number },
  camera: Camera,
  lon: number,
  lat: number,
): { x: number; y: number } {
  const world = 512 * 2 ** camera.zoom;
  const mercY = (l: number) => {
    const r = (l * Math.PI) / 180;
    return ((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * world;
  };
  return {
    x: box.x + box.width / 2 + ((lon - camera.lon) / 360) * world,
    y: box.y + box.height / 2 + mercY(lat) - mercY(camera.lat),
  };
}
