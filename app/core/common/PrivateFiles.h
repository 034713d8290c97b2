#pragma once

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

#include <memory>

namespace ccm {

/// Creates `dir` and every missing parent with mode 0700 (owner only) from the start, not chmod'ed afterwards.
/// Existing folders keep their mode. False when a folder cannot be created.
bool makePrivateDir(const QString& dir);

/// Creates `path` (and its folder, see makePrivateDir) as an empty file with mode 0600 unless it exists, so that
/// whatever writes it next (QSettings, QSaveFile, SQLite) keeps owner-only permissions from the first byte.
bool createPrivateFile(const QString& path);

/// Replaces `path` with `bytes` atomically (QSaveFile), mode 0600 before the first byte. Every byte is checked to
/// have been written: on a full disk a write stops part-way without an error, and QSaveFile would then commit the
/// truncated file over the good one. On failure the old file stays as it was and `errorString` says why.
bool writePrivateFile(const QString& path, const QByteArray& bytes, QString* errorString = nullptr);

/// Copies `path` to a new file next to it named `<path>.<suffix>` (".<n>" appended while taken), mode 0600.
/// Returns the backup's path, or an empty string when the copy failed.
QString backupFile(const QString& path, const QString& suffix);

/// Holds `<path>.update.lock` (QLockFile) for one read-modify-write cycle of a file shared by several processes
/// (the window and ccmctl); not `<path>.lock`, which QSettings takes itself while it writes. Null when the lock was not
/// obtained within `timeoutMs`.
std::unique_ptr<QLockFile> lockForUpdate(const QString& path, int timeoutMs = 10000);

} // namespace ccm
