#pragma once
// The end of Qt's network threads before mgrdesk-cli exits.
//
// Each QNetworkAccessManager does its HTTP(S) on a thread of its own ("QNetworkAccessManager thread"). Its
// destructor stops that thread with QThread::wait(), which returns once run() is over, before the thread's
// exit handlers ran. One of them is OpenSSL's: it frees the thread's TLS state (its error queue and its two
// random generators). The CLI destroys its connection and returns from main() at once, so under load exit()
// could start while that handler was still to run: OpenSSL's own atexit cleanup then raced with it, and
// LeakSanitizer reported the thread's state as leaked (10,228 bytes in 57 blocks, all from libcrypto: the
// intermittent exit codes of tst_cli_call and tst_cli_accounts under ASan, docs/testing.md).

#include <chrono>

namespace mgrdesk::cli {

// Waits until no "QNetworkAccessManager thread" of this process is left (their managers must be destroyed
// already), at most `limit`. Returns false when one was still there at the limit. Linux: it reads
// /proc/self/task; elsewhere it returns true at once.
bool waitForNetworkThreadsToEnd(std::chrono::milliseconds limit);

} // namespace mgrdesk::cli
