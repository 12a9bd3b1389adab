#pragma once

#include "TechnicalDetailsPane.h"
#include "services/CertificateReview.h"

#include <optional>

namespace hocbaso::ui {

// One registered certificate as 6.1 shows it beside the list: the verdict of its checks, the
// school and kind, the certificate in words (holder, organisation, issuing organisation, validity,
// key, key usage), the chain up to the trust anchor and its family, every check with its result and
// sentence, and the decisions taken on it. The full subject and issuer, serial, SHA-256 fingerprint,
// extended key usage, policies and registration number are in the collapsed technical section.
class CertificateDetailView : public TechnicalDetailsPane
{
    Q_OBJECT
public:
    explicit CertificateDetailView(QWidget* parent = nullptr);

    void setCertificate(const services::CertificateView& view);
    // Nothing selected: the placeholder text shows.
    void clearCertificate();
    bool hasCertificate() const { return m_view.has_value(); }
    qint64 certificateId() const { return m_view ? m_view->registration.id : 0; }

    // "vgca" -> "Government CA (VGCA)": what a family of the trust store means to a person.
    static QString familyLabel(const QString& family);
    // "AB:CD:..." in lines of `bytesPerLine` bytes, as certificate viewers print fingerprints.
    static QString fingerprintText(const QString& sha256Hex, int bytesPerLine = 16);

protected:
    void changeEvent(QEvent* event) override;

private:
    void render(bool keepScroll = false);
    QString verdictHtml(const services::CertificateView& v) const;
    QString headerHtml(const services::CertificateView& v) const;
    QString fieldsHtml(const services::CertificateView& v) const;
    QString technicalHtml(const services::CertificateView& v) const;
    QString chainHtml(const services::CertificateView& v) const;
    QString checksHtml(const services::CertificateView& v) const;
    QString historyHtml(const services::CertificateView& v) const;
    void retranslate();

    std::optional<services::CertificateView> m_view;
};

} // namespace hocbaso::ui
