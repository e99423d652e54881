# great-circle distances: points on both hemispheres, a zero distance, antipodes, arrays and a point
import numpy as np

LON1 = np.array([-0.1278, 2.3522, -87.6, 139.7, 0.0])
LAT1 = np.array([51.5074, 48.8566, 41.8, 35.7, 0.0])
LON2 = np.array([2.3522, -0.1278, -73.9, -58.4, 180.0])
LAT2 = np.array([48.8566, 51.5074, 40.7, -34.6, 0.0])
CASES = {
    "distance": [(-0.1278, 51.5074, 2.3522, 48.8566), (0.0, 0.0, 0.0, 0.0), (0.0, 0.0, 180.0, 0.0)],
    "distance_vec": [(LON1, LAT1, LON2, LAT2), (LON1[:0], LAT1[:0], LON2[:0], LAT2[:0])],
    "distance_vec_point": [(LON1, LAT1, 13.4, 52.5)],
    "distance_vec_scalar": [(-0.1278, 51.5074, 2.3522, 48.8566), (10.0, -20.0, 10.0, -20.0)],
}
