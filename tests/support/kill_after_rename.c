/* Fault injection for the tests (STYLE.md 6: a killed process, not hoped for): preloaded
 * into a real baosong process, it lets renameat2(2) and rename(2) do their work, then kills
 * the process with SIGKILL as soon as a file whose name ends with $BAOSONG_KILL_AFTER_RENAME
 * has got its name, exactly as a power cut or `kill -9` at that instant would. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void killIfNamed(const char* newpath) {
    const char* suffix = getenv("BAOSONG_KILL_AFTER_RENAME");
    if (suffix == NULL || *suffix == '\0' || newpath == NULL) {
        return;
    }
    const size_t n = strlen(newpath);
    const size_t m = strlen(suffix);
    if (n >= m && strcmp(newpath + n - m, suffix) == 0) {
        kill(getpid(), SIGKILL);
    }
}

int renameat2(int olddirfd, const char* oldpath, int newdirfd, const char* newpath,
              unsigned int flags) {
    int (*real)(int, const char*, int, const char*, unsigned int) =
        (int (*)(int, const char*, int, const char*, unsigned int))dlsym(RTLD_NEXT, "renameat2");
    const int rc = real(olddirfd, oldpath, newdirfd, newpath, flags);
    if (rc == 0) {
        killIfNamed(newpath);
    }
    return rc;
}

int rename(const char* oldpath, const char* newpath) {
    int (*real)(const char*, const char*) =
        (int (*)(const char*, const char*))dlsym(RTLD_NEXT, "rename");
    const int rc = real(oldpath, newpath);
    if (rc == 0) {
        killIfNamed(newpath);
    }
    return rc;
}
