/* Declarations shared by pycc's runtime halves (runtime_fast.c, inlined as
 * bitcode; runtime.c, linked as an object). Everything is hidden: the only
 * symbol a pycc module exports is PyInit_<name>. */
#ifndef PYCC_RUNTIME_H
#define PYCC_RUNTIME_H

#define Py_LIMITED_API 0x030A0000
#include <Python.h>

#define HIDDEN __attribute__((visibility("hidden")))

HIDDEN PyObject *const *pycc_parse_args_slow(PyObject *const *args, Py_ssize_t nargs,
                                             PyObject *kwnames, const char *fname,
                                             const char *names, Py_ssize_t n,
                                             Py_ssize_t nreq, PyObject **buf);
/* The lowest address this thread's frames may reach before a recursive
 * kernel raises RecursionError (see pycc_stack_exhausted). */
HIDDEN char *pycc_stack_limit(void);
HIDDEN extern __thread char *pycc_stack_floor __attribute__((tls_model("initial-exec")));
HIDDEN int pycc_arg_f64_error(PyObject *o, const char *fname, const char *names, Py_ssize_t i);
HIDDEN int pycc_arg_int_slow(PyObject *o, const char *fname, const char *names, Py_ssize_t i,
                             long long lo, long long hi, const char *tname, long long *out);
HIDDEN int pycc_arg_tuple_error(PyObject *o, const char *fname, const char *names, Py_ssize_t i,
                                Py_ssize_t n);
HIDDEN PyObject *pycc_tuple_pack(Py_ssize_t n, PyObject **items);

#endif
