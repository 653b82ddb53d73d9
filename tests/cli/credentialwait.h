#pragma once
// Waits for a keychain request of the test's own CredentialStore (the suites check what mgrdesk-cli stored,
// and store what it should find, in the session's real keychain).

#include "core/accounts/credentialrequest.h"

#include <QSignalSpy>

namespace mgrdesk::test {

// True and *result set when the request finished within timeoutMs; false (result untouched) otherwise.
inline bool waitFor(
    accounts::CredentialRequest *request, accounts::CredentialResult *result, int timeoutMs = 20000)
{
    QSignalSpy spy(request, &accounts::CredentialRequest::finished);
    if (!spy.wait(timeoutMs))
        return false;
    *result = spy.first().first().value<accounts::CredentialResult>();
    return true;
}

} // namespace mgrdesk::test
