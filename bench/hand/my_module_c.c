/* The seed module written by hand: the practical limit pycc is measured
 * against. METH_FASTCALL, strict conversions, as a careful C author would. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *multf(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    if (nargs != 2) {
        PyErr_SetString(PyExc_TypeError, "multf() takes exactly 2 arguments");
        return NULL;
    }
    double a = PyFloat_AsDouble(args[0]);
    if (a == -1.0 && PyErr_Occurred())
        return NULL;
    double b = PyFloat_AsDouble(args[1]);
    if (b == -1.0 && PyErr_Occurred())
        return NULL;
    return PyFloat_FromDouble(a * b);
}

static PyObject *multi(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    if (nargs != 2) {
        PyErr_SetString(PyExc_TypeError, "multi() takes exactly 2 arguments");
        return NULL;
    }
    long a = PyLong_AsLong(args[0]);
    if (a == -1 && PyErr_Occurred())
        return NULL;
    long b = PyLong_AsLong(args[1]);
    if (b == -1 && PyErr_Occurred())
        return NULL;
    if (a < INT32_MIN || a > INT32_MAX || b < INT32_MIN || b > INT32_MAX) {
        PyErr_SetString(PyExc_OverflowError, "out of range for int32");
        return NULL;
    }
    return PyLong_FromLong((int32_t)((uint32_t)a * (uint32_t)b));
}

static PyObject *square(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    if (nargs != 1) {
        PyErr_SetString(PyExc_TypeError, "square() takes exactly 1 argument");
        return NULL;
    }
    double a = PyFloat_AsDouble(args[0]);
    if (a == -1.0 && PyErr_Occurred())
        return NULL;
    return PyFloat_FromDouble(a * a);
}

static PyMethodDef methods[] = {
    {"multf", (PyCFunction)(void (*)(void))multf, METH_FASTCALL, "multf(a: float, b: float) -> float"},
    {"multi", (PyCFunction)(void (*)(void))multi, METH_FASTCALL, "multi(a: int, b: int) -> int"},
    {"square", (PyCFunction)(void (*)(void))square, METH_FASTCALL, "square(a: float) -> float"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef def = {PyModuleDef_HEAD_INIT, "my_module_c", NULL, -1, methods};

PyMODINIT_FUNC PyInit_my_module_c(void) { return PyModule_Create(&def); }
