# Each branch: below, inside and above the biomass-ratio window, no adjustment
# (dHI_pre 0) and no canopy left (CC <= 0.01).
CASES = {
    "HIadj_pre_anthesis": [(10.0, 12.0, 0.5, 5.0), (12.0, 12.0, 0.5, 5.0), (11.9, 12.0, 0.5, 5.0),
                           (5.0, 12.0, 0.5, 5.0), (10.0, 12.0, 0.5, 0.0), (10.0, 12.0, 0.0, 5.0)],
}
