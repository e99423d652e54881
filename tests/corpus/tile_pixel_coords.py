# corpus: written for pycc after a public GitHub file, code-index id 33734756927 (the index gives no repository and the file states no license, so its text is not copied: new code with the same constructs; `@njit` kernels given `cc = CC(...)` and `@cc.export` with the signatures numba infers for a realistic call); web-map tiles: zoom scale and pixel/longitude/latitude conversions with `math`
import math

import numpy as np
from numba import njit
from numba.pycc import CC

cc = CC('tile_pixel_coords')


@cc.export('z_scale', '(i8,)')
@njit(cache=True)
def z_scale(z: int) -> int:
    """Pixels across the world at zoom z."""
    pixels_per_tile = 256
    return int(2**z * pixels_per_tile)


@cc.export('pixel_to_longitude', '(f8, i8)')
@njit(cache=True)
def pixel_to_longitude(pixel_x: float, zoom: int) -> float:
    return float((pixel_x / z_scale(zoom)) * 360 - 180)


@cc.export('pixel_to_latitude', '(f8, i8)')
@njit(cache=True)
def pixel_to_latitude(pixel_y: float, zoom: int) -> float:
    lat_rad = math.atan(math.sinh(math.pi * (1 - (2 * pixel_y / z_scale(zoom)))))
    return float(lat_rad * 180 / math.pi)


@cc.export('latitude_to_pixel', '(f8, i8)')
@njit(cache=True)
def latitude_to_pixel(lat: float, zoom: int) -> float:
    s = math.sin(math.radians(lat))
    return (0.5 - math.log((1 + s) / (1 - s)) / (4 * math.pi)) * z_scale(zoom)
