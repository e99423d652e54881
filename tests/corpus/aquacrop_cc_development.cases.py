# Canopy cover growth (exponential, then decay towards CCx) and decline; a
# mode that is neither leaves `canopy_cover` unset: UnboundLocalError.
CASES = {
    "cc_development": [(0.05, 0.9, 0.1, 0.05, 10.0, "Growth", 0.9), (0.05, 0.9, 0.1, 0.05, 60.0, "Growth", 0.9),
                       (0.5, 0.3, 0.1, 0.05, 100.0, "Growth", 0.3), (0.05, 0.9, 0.1, 0.05, 10.0, "Decline", 0.8),
                       (0.05, 0.0005, 0.1, 0.05, 10.0, "Decline", 0.8), (0.05, 0.9, 0.1, 2.0, 40.0, "Decline", 0.9),
                       (0.05, 0.9, 0.1, 0.05, 10.0, "Other", 0.9)],
}
