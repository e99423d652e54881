CASES = {
    "funcion_prueba": [(3, 4), (1, 1), (0, 5), (5, 2)],
}
