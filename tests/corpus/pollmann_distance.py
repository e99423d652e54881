# corpus: michaelpollmann/spatialTreat-example `distance.py` @ 32c03a9 (MIT) (a `@numba.jit` kernel beside a plain function; adapted: `from numba.pycc import CC`, `cc = CC(...)` and `@cc.export` lines added, nothing else changed)
import numpy as np
import numba
from math import radians, cos, sin, asin, sqrt
from numba.pycc import CC
cc = CC('pollmann_distance')


@cc.export('distance', 'f8(f8, f8, f8, f8)')
def distance(lon1, lat1, lon2, lat2):
    """
    Calculate the great circle distance between two points
    on the earth (specified in decimal degrees)
    """
    # convert decimal degrees to radians
    lon1, lat1, lon2, lat2 = map(radians, [lon1, lat1, lon2, lat2])

    # haversine formula
    dlon = lon2 - lon1
    dlat = lat2 - lat1
    a = sin(dlat/2)**2 + cos(lat1) * cos(lat2) * sin(dlon/2)**2
    c = 2 * asin(sqrt(a))
    r = 6378137  # Radius of earth at equator in meters. Use 3963.191 for miles
    return c * r


@cc.export('distance_vec', '(f8[:], f8[:], f8[:], f8[:])')
@cc.export('distance_vec_point', '(f8[:], f8[:], f8, f8)')
@cc.export('distance_vec_scalar', '(f8, f8, f8, f8)')
@numba.jit
def distance_vec(lon1, lat1, lon2, lat2):
    """
    Calculate the great circle distance between two points 
    on the earth (specified in decimal degrees)
    """
    #Convert decimal degrees to Radians:
    lon1 = np.deg2rad(lon1)
    lat1 = np.deg2rad(lat1)
    lon2 = np.deg2rad(lon2)
    lat2 = np.deg2rad(lat2)
    #Implementing Haversine Formula: 
    dlon = np.subtract(lon2, lon1)
    dlat = np.subtract(lat2, lat1)
    # haversine calculation
    a = np.add(np.power(np.sin(np.divide(dlat, 2)), 2),  
                          np.multiply(np.cos(lat1), 
                                      np.multiply(np.cos(lat2), 
                                                  np.power(np.sin(np.divide(dlon, 2)), 2))))
    c = np.multiply(2, np.arcsin(np.sqrt(a)))
    r = 6378137  # Radius of earth at equator in meters. Use 3963.191 for miles
    return c*r
