#include "application/ProfileClient.h"

#include "sandbox/Sandbox.h"

#include <QCoreApplication>

namespace ccm::application {

using namespace cloud;

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(ccm::application::ProfileClient)
};

} // namespace

Result<ScmClient::Options> clientOptions(const profiles::ResolvedProfile& profile,
                                         const sandbox::Sandbox* runningSandbox)
{
    ScmClient::Options options;
    if (profile.isSandbox) {
        if (!runningSandbox)
            return Error{QStringLiteral("cloud.sandbox"), Texts::tr("The local sandbox is not running."), {}};
        options.endpoint = {runningSandbox->endpoint(), runningSandbox->endpoint(), {}, {}};
        options.credentials = sandbox::Sandbox::demoCredentials().akSk();
        return options;
    }
    auto endpoint = resolveEndpoint(profile.regionId, profile.scmEndpoint, profile.iamEndpoint, profile.caFile);
    if (!endpoint)
        return endpoint.error();
    options.endpoint = *endpoint;
    options.credentials = profile.credentials;
    return options;
}

ImportRequest importRequest(const Inspection& inspection, ImportForm form, bool allowDuplicate)
{
    if (allowDuplicate)
        form.duplicateCheck = true;
    ImportRequest request;
    request.body = inspection.body(form);
    request.name = inspection.fields.name;
    request.domains = inspection.leafDetails.domainNames();
    request.domain = request.domains.value(0);
    request.fingerprint = inspection.leafDetails.sha1;
    request.notAfter = inspection.leafDetails.notAfter;
    request.allowDuplicate = allowDuplicate;
    return request;
}

} // namespace ccm::application
