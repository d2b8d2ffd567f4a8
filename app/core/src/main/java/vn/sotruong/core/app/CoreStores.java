package vn.sotruong.core.app;

import vn.sotruong.core.attendance.AttendanceStore;
import vn.sotruong.core.audit.AuditLog;
import vn.sotruong.core.common.Transactions;
import vn.sotruong.core.correction.CorrectionStore;
import vn.sotruong.core.curriculum.SubjectStore;
import vn.sotruong.core.gradebook.GradebookStore;
import vn.sotruong.core.locks.LockStore;
import vn.sotruong.core.review.MonthlyNoteStore;
import vn.sotruong.core.organisation.OrganisationStore;
import vn.sotruong.core.pupil.EnrolmentStore;
import vn.sotruong.core.pupil.PupilStore;
import vn.sotruong.core.registers.PrintLedgerStore;
import vn.sotruong.core.school.SchoolStore;
import vn.sotruong.core.school.SettingsStore;
import vn.sotruong.core.security.AccountStore;
import vn.sotruong.core.security.LoginThrottleStore;
import vn.sotruong.core.security.PasswordHasher;
import vn.sotruong.core.security.PermissionStore;
import vn.sotruong.core.year.YearStore;
import vn.sotruong.core.audit.CheckpointStore;
import vn.sotruong.core.correction.MinuteSignatureStore;
import vn.sotruong.core.signature.AuthorityVault;
import vn.sotruong.core.signature.CertificateMaker;
import vn.sotruong.core.signature.SigningKeyStore;

/** Everything the services need from the data module, handed over in one piece. */
public record CoreStores(Transactions transactions, SchoolStore school, SettingsStore settings, YearStore years,
                         SubjectStore subjects, OrganisationStore organisation, AccountStore accounts,
                         LoginThrottleStore throttles, PermissionStore permissions, AuditLog audit,
                         PasswordHasher passwordHasher, PupilStore pupils, EnrolmentStore enrolments,
                         GradebookStore gradebook, LockStore locks,
                         CorrectionStore corrections, MonthlyNoteStore notes,
                         AttendanceStore attendance, PrintLedgerStore printLedger,
                         vn.sotruong.core.pupil.PupilPhotoStore photos,
                         vn.sotruong.core.notice.NoticeStore parentNotices,
                         AuthorityVault authority, CertificateMaker certificates, SigningKeyStore signingKeys,
                         MinuteSignatureStore minuteSignatures, CheckpointStore checkpoints) {
}
