#pragma once
// One writer per vault (cli.md "Exit codes", THREAT_MODEL.md "One writer"): a process that
// may change a vault holds an exclusive flock(2) on its file for as long as it has it open
// (the desktop app from unlock until lock or exit). A second writer is refused before it
// asks for a passphrase, so nothing it would have written is lost over another's edits.
// The kernel drops the lock with the process, so a killed holder leaves no stale lock.
// Readers take no lock: SQLite's own locking gives them a consistent view meanwhile.
//
// flock, not fcntl: closing any descriptor of a file drops every fcntl lock the process
// holds on it, SQLite's included; a flock belongs to this descriptor alone. The descriptor
// is still closed only after SQLite's connection (Vault declares it first).

#include <string>

namespace baosong::app {

class VaultWriterLock {
  public:
    // Throws AppError (Locked) "vault_busy" while another process (or another open vault
    // object of this one) holds path for change; BadInput "vault_missing" / "io_error" when
    // it cannot be opened.
    static VaultWriterLock acquire(const std::string& path);

    VaultWriterLock(VaultWriterLock&& other) noexcept;
    VaultWriterLock& operator=(VaultWriterLock&& other) noexcept;
    VaultWriterLock(const VaultWriterLock&) = delete;
    VaultWriterLock& operator=(const VaultWriterLock&) = delete;
    ~VaultWriterLock();

  private:
    explicit VaultWriterLock(int fd) : fd_(fd) {}
    int fd_ = -1;
};

}  // namespace baosong::app
