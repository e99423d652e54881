CASES = {
    "z_scale": [(0,), (5,)],
    "pixel_to_longitude": [(128.0, 0), (1000.5, 3)],
    "pixel_to_latitude": [(128.0, 0), (10.0, 2)],
    "latitude_to_pixel": [(45.0, 1), (-89.0, 4)],
}
