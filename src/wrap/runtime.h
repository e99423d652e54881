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
 * kernel raises RecursionError (see pycc_stack_guard). */
HIDDEN char *pycc_stack_limit(void);
/* Past the floor: longjmp to the wrapper's pycc_recursion_enter'd buffer. */
HIDDEN __attribute__((noreturn, cold)) void pycc_recursion_overflow(void);
HIDDEN extern __thread char *pycc_stack_floor __attribute__((tls_model("initial-exec")));
/* The jump target of an exported call that can reach a recursive kernel:
 * the wrapper allocates PYCC_RECURSION_FRAME_BYTES (8-aligned), calls
 * pycc_recursion_enter, then _setjmp on it (buf is its first member). */
#include <setjmp.h>
#define PYCC_RECURSION_FRAME_BYTES 512
struct pycc_recursion_frame {
    jmp_buf buf;
    struct pycc_recursion_frame *prev;
};
HIDDEN extern __thread struct pycc_recursion_frame *pycc_recursion_target
    __attribute__((tls_model("initial-exec")));
HIDDEN int pycc_arg_f64_error(PyObject *o, const char *fname, const char *names, Py_ssize_t i);
HIDDEN int pycc_arg_int_slow(PyObject *o, const char *fname, const char *names, Py_ssize_t i,
                             long long lo, long long hi, const char *tname, long long *out);
HIDDEN int pycc_arg_tuple_error(PyObject *o, const char *fname, const char *names, Py_ssize_t i,
                                Py_ssize_t n);
HIDDEN PyObject *pycc_tuple_pack(Py_ssize_t n, PyObject **items);

#endif
