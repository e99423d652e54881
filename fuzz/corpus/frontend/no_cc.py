def square(a):
    return a ** 2
