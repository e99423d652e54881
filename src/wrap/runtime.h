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
 * kernel raises RecursionError (see pycc_stack_guard), computed once per
 * thread. General-dynamic TLS, read once per exported call: initial-exec
 * would take static TLS, of which a process has room for only about a
 * hundred dlopen'ed modules. */
HIDDEN char *pycc_stack_limit(void);
/* One of the compiled file's own exception classes by name, borrowed, or NULL. */
HIDDEN PyObject *pycc_user_exception(const char *name);
HIDDEN extern __thread char *pycc_stack_floor;
/* The jump target of an exported call that can reach a recursive kernel:
 * the wrapper allocates PYCC_RECURSION_FRAME_BYTES (8-aligned), calls
 * pycc_recursion_enter, then _setjmp on it (buf is its first member), and
 * passes its address to the kernel, which passes it on to every guarded
 * kernel it calls (a hidden last parameter): the guard reads the floor
 * from it, so the hot path touches no thread-local storage. */
#include <setjmp.h>
#define PYCC_RECURSION_FRAME_BYTES 512
struct pycc_recursion_frame {
    jmp_buf buf;
    char *floor;
};
/* Past the floor: longjmp to the wrapper's buffer. */
HIDDEN __attribute__((noreturn, cold)) void pycc_recursion_overflow(struct pycc_recursion_frame *f);
HIDDEN int pycc_arg_f64_error(PyObject *o, const char *fname, const char *names, Py_ssize_t i);
HIDDEN int pycc_arg_int_slow(PyObject *o, const char *fname, const char *names, Py_ssize_t i,
                             long long lo, long long hi, const char *tname, long long *out);
HIDDEN int pycc_arg_tuple_error(PyObject *o, const char *fname, const char *names, Py_ssize_t i,
                                Py_ssize_t n);
HIDDEN PyObject *pycc_tuple_pack(Py_ssize_t n, PyObject **items);

#endif
