package dev.kayakomcp.emulator.dataset;

import static dev.kayakomcp.emulator.dataset.LookupTables.DEPT_BILLING;
import static dev.kayakomcp.emulator.dataset.LookupTables.DEPT_GENERAL;
import static dev.kayakomcp.emulator.dataset.LookupTables.DEPT_INTEGRATIONS;
import static dev.kayakomcp.emulator.dataset.LookupTables.DEPT_MOBILE;
import static dev.kayakomcp.emulator.dataset.LookupTables.DEPT_SALES;
import static dev.kayakomcp.emulator.dataset.LookupTables.DEPT_TECHNICAL;
import static dev.kayakomcp.emulator.dataset.LookupTables.TYPE_BUG;
import static dev.kayakomcp.emulator.dataset.LookupTables.TYPE_FEATURE_REQUEST;
import static dev.kayakomcp.emulator.dataset.LookupTables.TYPE_ISSUE;
import static dev.kayakomcp.emulator.dataset.LookupTables.TYPE_QUESTION;
import static dev.kayakomcp.emulator.dataset.LookupTables.TYPE_TASK;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The recurring support themes of the generated helpdesk, with deliberately uneven weights so that
 * "what are the most common issues?" has a clear answer (password resets first, then login trouble,
 * then billing). Texts are written the way customers and agents write: typos, urgency, vague first
 * messages. Placeholders: {@code {first}} customer's first name, {@code {org}} organisation, {@code
 * {inv}} invoice number, {@code {amt}} amount.
 */
final class Themes {

  /** Which kind of file a customer of this theme tends to attach. */
  enum Attach {
    NONE,
    LOG,
    PNG,
    PDF,
    CSV,
    JSON
  }

  /**
   * One concrete problem within a theme: subject lines and first messages that describe it, the
   * customer's answer to the agent's questions, the agent's first reply and the reply that fixes
   * it.
   */
  record Scenario(
      String[] subjects, String[] openings, String details, String staffFirst, String staffFix) {}

  /** One theme: routing defaults, tags, the kind of file customers attach, and its scenarios. */
  record Theme(
      String key,
      int weight,
      int departmentId,
      int typeId,
      int[] priorityWeights,
      String tags,
      Attach attach,
      List<Scenario> scenarios) {}

  private static Scenario sc(
      String subjects, String opening, String details, String staffFirst, String staffFix) {
    return new Scenario(
        subjects.split("\\|"), opening.split("\\|\\|"), details, staffFirst, staffFix);
  }

  static final List<Theme> ALL =
      List.of(
          new Theme(
              "password-reset",
              20,
              DEPT_GENERAL,
              TYPE_QUESTION,
              new int[] {3, 10, 3, 1, 0},
              "password-reset account",
              Attach.NONE,
              List.of(
                  sc(
                      "Password reset|forgot password - reset link expired|Reset link says \"token"
                          + " invalid\"",
                      "Hi,\n\nI forgot my password and the reset link you send me doesn't work. It"
                          + " says the link is expired even tho I clicked it straight away.\n\nCan"
                          + " you reset it for me?||The password reset page keeps saying \"token"
                          + " invalid\". I've tried Chrome and Firefox. Please help, I have a"
                          + " presentation in 2 hours!!",
                      "I requested the link 3 times this morning and clicked the first e-mail"
                          + " that arrived.",
                      "Thanks for reaching out. Reset links are valid for 30 minutes and only the"
                          + " most recent one works, so an older e-mail will show \"token"
                          + " invalid\".\n\nCould you request one more link and use only the newest"
                          + " e-mail?",
                      "I've cleared the old reset tokens on your account and sent a new link. It"
                          + " stays valid for 24 hours, and the newest e-mail is the one to use."),
                  sc(
                      "Password reset email never arrives|Cant reset my password|no reset email",
                      "Hi there, I requested a password reset about an hour ago and nothing has"
                          + " arrived, not even in spam. My username is my work email.||hello i"
                          + " cant log in, need password reset asap please. tried 3 times already,"
                          + " no email",
                      "It's the address I'm writing from. The account was created by our admin"
                          + " last year. Still nothing in the inbox.",
                      "Sorry about the trouble! Could you confirm the e-mail address on the"
                          + " account? For security reasons I can only send the reset link to the"
                          + " registered address.",
                      "Your mail server was holding our e-mails in quarantine. I've sent the reset"
                          + " link again and your IT team released it; please also ask them to"
                          + " allow mail from notifications.example.com."),
                  sc(
                      "Passwort zurücksetzen funktioniert nicht|Passwort vergessen",
                      "Hallo, ich habe mein Passwort vergessen und bekomme keine E-Mail zum"
                          + " Zurücksetzen. Können Sie mir bitte helfen?\n\nDanke!",
                      "Die Adresse ist die, von der ich schreibe. Im Spam-Ordner ist auch nichts.",
                      "Thanks for your message (I'm replying in English, I hope that's OK). Could"
                          + " you confirm the e-mail address registered on the account?",
                      "Your password has been reset and a temporary password was sent separately."
                          + " You will be asked to choose a new one at first login."))),
          new Theme(
              "login",
              15,
              DEPT_TECHNICAL,
              TYPE_ISSUE,
              new int[] {0, 6, 6, 3, 1},
              "login 2fa sso",
              Attach.PNG,
              List.of(
                  sc(
                      "SSO login loop after Okta change|URGENT: whole team cannot login|Can't log"
                          + " in since this morning",
                      "Since this morning none of us can log in. We get redirected back to the"
                          + " login page over and over. We use SSO through our identity provider."
                          + " This is blocking 40 people!!",
                      "Our IdP admin says nothing changed on their side. The SAML response has the"
                          + " right email in NameID as far as we can tell. Screenshot attached.",
                      "Thanks for the details. Could you send us the time of one failed attempt"
                          + " (with timezone) and the browser you used? That lets us find it in"
                          + " the authentication logs.",
                      "We found the cause: the signing certificate of your SSO connection was"
                          + " rotated on your side, so signatures no longer matched. I've loaded"
                          + " the new certificate from your metadata URL and logins work again."),
                  sc(
                      "2FA code not accepted|two factor code invalid|Code 2FA refusé",
                      "Hi, my 2FA codes are always rejected. The authenticator app shows a code, I"
                          + " type it, it says invalid. Time on my phone is automatic.||Bonjour, je"
                          + " n'arrive plus à me connecter depuis la mise à jour. Le code 2FA est"
                          + " refusé à chaque fois. Merci de votre aide.",
                      "Tried on my laptop and on my phone, same thing. Cleared cookies too.",
                      "Sorry for the trouble. Codes are rejected when the phone clock drifts by"
                          + " more than a minute; could you check Settings \u203a Date & Time and"
                          + " try again?",
                      "I've reset the 2FA enrolment on your account. At next login you'll be asked"
                          + " to scan a new QR code; please keep the backup codes somewhere safe."),
                  sc(
                      "Locked out of account - 2FA phone lost|lost my phone, cant login",
                      "I lost my phone with the authenticator on it and now I'm locked out. How"
                          + " do I get back in?",
                      "I'm writing from the account's address. Card ends in 4242.",
                      "I'm sorry you're locked out. To remove 2FA we need to verify your identity:"
                          + " please reply from the account's e-mail address and confirm the last"
                          + " four digits of the card on file.",
                      "Thanks, identity confirmed. I've removed 2FA from your account; please set"
                          + " it up again on your new phone right after logging in."),
                  sc(
                      "Login fails with \"invalid credentials\" but password is correct|login"
                          + " doesnt work",
                      "login doesnt work. says invalid credentials. i KNOW the password is right,"
                          + " i use a password manager||it doesnt let me in again. pls help",
                      "Yes I tried maybe 10 times before writing to you.",
                      "Could you tell me roughly when you last tried and how many attempts you"
                          + " made? Repeated failures lock the account for a while.",
                      "The account was locked after too many failed attempts (the password"
                          + " manager had an old entry). I've unlocked it; the lock also clears"
                          + " itself after 30 minutes."))),
          new Theme(
              "billing",
              13,
              DEPT_BILLING,
              TYPE_ISSUE,
              new int[] {0, 6, 5, 2, 0},
              "billing invoice",
              Attach.PDF,
              List.of(
                  sc(
                      "Charged twice this month|Double charge on our card!!|billing error -"
                          + " duplicate payment",
                      "Hello,\n\nWe were charged {amt} TWICE on the same day for our subscription."
                          + " Please refund the duplicate charge asap, this is our company card.",
                      "Here's the bank statement extract, both charges are {amt} on the same date."
                          + " Card ends in 4242.",
                      "Thanks for letting us know, and sorry for the worry. I can see two payments"
                          + " on our side and have asked our billing team to confirm which one"
                          + " will be refunded.",
                      "The duplicate payment of {amt} has been refunded to the original card."
                          + " Banks usually show it within 5\u201310 business days. A credit"
                          + " note is attached for your records."),
                  sc(
                      "Invoice {inv} is wrong|billing error - we were charged for 25 seats, we have"
                          + " 12",
                      "Invoice {inv} lists 25 seats but we only have 12 users. Can you correct it"
                          + " and send a new invoice? Our accounting needs it by friday.||why was I"
                          + " charged {amt}?? I downgraded to 12 seats last month",
                      "The invoice PDF is attached. Seats line is wrong and the billing address is"
                          + " our old office.",
                      "I've looked into your account: the seat count on {inv} was taken before the"
                          + " downgrade took effect. I'm checking with billing whether we can"
                          + " reissue it.",
                      "I've reissued the invoice with the correct seat count and your current"
                          + " address. The old invoice {inv} is cancelled and the difference"
                          + " refunded; the credit note is attached."),
                  sc(
                      "Wrong VAT on invoice|Facture incorrecte - numéro de TVA manquant",
                      "Hi, the VAT ID is missing from our last invoice so our finance team can't"
                          + " book it. Our VAT number is in the account settings since months.",
                      "VAT ID is DE123456789, it's also in the billing settings.",
                      "Thanks! Could you confirm the VAT ID you'd like on the invoice? I'll make"
                          + " sure it is added to the billing profile too.",
                      "I've added the VAT ID to your billing profile and reissued invoice {inv}"
                          + " with it; future invoices will include it automatically."))),
          new Theme(
              "export",
              9,
              DEPT_TECHNICAL,
              TYPE_BUG,
              new int[] {1, 5, 4, 1, 0},
              "export csv timeout",
              Attach.CSV,
              List.of(
                  sc(
                      "CSV export times out|Data export fails with 504|Export never finishes",
                      "When I export all contacts to CSV, it spins for about a minute and then"
                          + " shows \"Gateway Timeout\". We have about 180k records. Smaller"
                          + " exports work.||export broken again. need the file today",
                      "It fails every time, I tried at night too. Our account is {org}.",
                      "Thanks for the report. I can reproduce the timeout with an export of your"
                          + " size and have raised it with our engineers. I'll update you as soon"
                          + " as I hear back.",
                      "Our engineers deployed a fix that streams large exports instead of"
                          + " building them in one request. An export of 180k rows now finishes"
                          + " in about 40 seconds. Could you try again?"),
                  sc(
                      "Scheduled export not arriving|weekly export stopped??",
                      "The export we scheduled every Monday hasn't arrived for 2 weeks now. Did"
                          + " something change??",
                      "It's the Monday 7:00 export to our finance mailbox.",
                      "Could you tell me which scheduled export it is and which address it is"
                          + " sent to?",
                      "The schedule was paused when the export owner's account was deactivated."
                          + " I've moved it to your account and resumed it; a fresh export was"
                          + " sent just now."),
                  sc(
                      "export.csv is missing columns|csv export missing custom fields",
                      "hi the csv export is missing the custom columns we added. attached what we"
                          + " get. we need them for the quarterly report",
                      "Attached is the file we get, it stops after the standard columns.",
                      "Thanks for the file. Custom columns are only exported when \"Include"
                          + " custom fields\" is ticked in the export dialog; could you check"
                          + " that?",
                      "As a workaround until the fix ships, use Settings \u203a Data \u203a"
                          + " Scheduled export with \"Include custom fields\": it e-mails a"
                          + " download link and includes every column."))),
          new Theme(
              "performance",
              8,
              DEPT_TECHNICAL,
              TYPE_ISSUE,
              new int[] {0, 4, 5, 2, 1},
              "performance slow",
              Attach.LOG,
              List.of(
                  sc(
                      "Dashboard takes 30+ seconds to load|Performance issues since last update",
                      "The dashboard has been taking 30\u201340 seconds to load since Tuesday."
                          + " Other websites are fast, so it's not our internet.",
                      "It's worst between 9 and 11 am CET. The browser console shows a lot of"
                          + " requests waiting. Log attached.",
                      "Sorry for the slowness. Could you send a HAR file or console log from your"
                          + " browser while the page loads? It shows which requests take the"
                          + " time.",
                      "A database index was missing after last week's migration, which slowed"
                          + " down dashboards with many widgets. It has been rebuilt and load"
                          + " times are back to about 2 seconds."),
                  sc(
                      "Everything is extremely slow today|very slow, unusable|is there an outage?",
                      "app is sooo slow today. is there an outage?? nothing on your status"
                          + " page||is something wrong on your side?? nothing loads||Since the last"
                          + " release the reports page is very slow for our"
                          + " whole team in Berlin. Colleagues in London are fine.",
                      "Still slow for us, pages take 20 seconds or more.",
                      "We're seeing increased response times in the EU region and our operations"
                          + " team is investigating. I'll keep you posted.",
                      "The slowness was caused by a misbehaving cache node in the EU region; it"
                          + " has been replaced. Please let us know if you still see delays."))),
          new Theme(
              "notifications",
              7,
              DEPT_TECHNICAL,
              TYPE_ISSUE,
              new int[] {1, 6, 2, 0, 0},
              "email notifications",
              Attach.LOG,
              List.of(
                  sc(
                      "Email notifications not arriving|Alerts stopped working",
                      "None of our team gets email notifications anymore since about a week."
                          + " Settings look fine.||We stopped receiving alert e-mails. Checked"
                          + " spam, nothing there. Did you change the sender address?",
                      "IT says our mail gateway rejected them, something about SPF. Log"
                          + " attached.",
                      "Thanks! Our mail logs show your server answering \"550 rejected by"
                          + " policy\". Could you ask your IT team whether a new filter was added"
                          + " recently?",
                      "Your mail gateway was blocking our new sending domain. Once your IT added"
                          + " notifications.example.com to the allow list, the queued e-mails"
                          + " were delivered."),
                  sc(
                      "notification emails go to spam|Not receiving any notifications",
                      "Your notification mails all land in our spam folder. Can you tell us the"
                          + " sending IPs so IT can whitelist them?",
                      "Only some users are affected, the others get them fine.",
                      "Could you check Profile \u203a Notifications for one affected user and"
                          + " confirm that e-mail is ticked for the events you expect?",
                      "Notifications were switched off by a bulk edit on your account. I've"
                          + " turned them back on for all 14 users; our sending ranges are listed"
                          + " in the help centre for your IT team."))),
          new Theme(
              "api",
              7,
              DEPT_INTEGRATIONS,
              TYPE_ISSUE,
              new int[] {0, 4, 5, 2, 1},
              "api integration rate-limit",
              Attach.JSON,
              List.of(
                  sc(
                      "API returns 429 Too Many Requests|Rate limit hit way below documented"
                          + " limit",
                      "Our integration started getting HTTP 429 from the API yesterday. We make"
                          + " maybe 5 requests per second, the docs say 10 are allowed. Response"
                          + " body attached.",
                      "Request IDs of two failing calls: 7f3c9a1e and 0b8d22f4. Response"
                          + " attached.",
                      "Thanks for the request IDs. The limit is 10 requests per second per"
                          + " account, not per key, so other integrations on your account count"
                          + " too. Do you have any other tools connected?",
                      "A second integration on your account was polling every 100 ms. After"
                          + " pausing it your calls stay well below the limit. We recommend"
                          + " honouring Retry-After and using webhooks instead of polling."),
                  sc(
                      "Integration error: 401 on /v2/contacts|API key not working",
                      "getting 401 unauthorized from the API with a brand new key. tried"
                          + " regenerating twice. this blocks our go-live on monday",
                      "We use the official client library, version 3.2.1.",
                      "Could you send the full response of a failing call (without the key)? The"
                          + " error body tells us which check failed.",
                      "The key was created in the sandbox environment, which is why production"
                          + " returned 401. Please create a key under Settings \u203a API in the"
                          + " live account."),
                  sc(
                      "Webhook deliveries failing|Salesforce sync stopped",
                      "Webhooks to our endpoint fail since the weekend. Our server returns 200 in"
                          + " under a second, we checked. What does your side log?",
                      "It's our /webhooks/inbound endpoint, the TLS cert was renewed last week.",
                      "Our delivery log shows TLS handshake failures to your endpoint since"
                          + " Saturday. Did anything change in your certificate chain?",
                      "The new certificate was missing its intermediate, so our client rejected"
                          + " it. After your team fixed the chain, the queued webhooks were"
                          + " redelivered."))),
          new Theme(
              "mobile",
              6,
              DEPT_MOBILE,
              TYPE_BUG,
              new int[] {1, 5, 3, 1, 0},
              "mobile-app crash",
              Attach.PNG,
              List.of(
                  sc(
                      "iOS app crashes on startup|mobile app blank screen after update",
                      "Since updating to the latest version the app crashes right after the"
                          + " splash screen. iPhone 13, iOS 17.4. Reinstalled already.",
                      "Version 5.12.0 (build 4471). Crash happens offline too. Screenshot"
                          + " attached.",
                      "Sorry about that! Could you tell us the app version (Settings \u203a"
                          + " About) and send the crash log?",
                      "Version 5.12.1 is now live in the App Store and fixes the start-up crash on"
                          + " iOS 17. Please update and let us know."),
                  sc(
                      "Android app crash when uploading photo|app crashes attaching pictures",
                      "the android app crashes every time i try to attach a photo to a report."
                          + " Samsung S22. screenshot attached",
                      "Android 14, app version 5.12.0.",
                      "Thanks, our mobile team can reproduce it on Android 14 and is working on a"
                          + " fix.",
                      "Version 5.12.2 is now live in the store and fixes the crash when attaching"
                          + " photos. Please update and let us know."),
                  sc(
                      "App keeps logging me out|mobile app logout every few minutes",
                      "The app logs me out every few minutes, which is really annoying when I'm on"
                          + " site with customers.",
                      "Pixel 7, battery saver is on most of the day.",
                      "Could you tell us your phone model and whether battery saving is enabled"
                          + " for the app?",
                      "The logouts came from a token refresh bug that is fixed in 5.13. Until you"
                          + " update, disabling battery optimisation for the app avoids it."))),
          new Theme(
              "feature-request",
              6,
              DEPT_GENERAL,
              TYPE_FEATURE_REQUEST,
              new int[] {6, 4, 0, 0, 0},
              "feature-request",
              Attach.NONE,
              List.of(
                  sc(
                      "Please add bulk edit|Feature request: bulk editing",
                      "Hi team, love the product! One thing we really miss is bulk editing"
                          + " \u2014 we have to change 200 records one by one. Any plans?",
                      "It would save us maybe 3 hours per week. Several colleagues asked for it"
                          + " too.",
                      "Thanks for the suggestion! I've added your vote to the request in our"
                          + " product backlog and shared your use case with the product team.",
                      "Good news: bulk edit shipped in today's release. Select records with the"
                          + " checkboxes and choose Actions \u203a Edit."),
                  sc(
                      "Feature request: dark mode|dark theme please",
                      "Could you add a dark mode? Staring at the white screen all night shift is"
                          + " hard on the eyes.",
                      "Our night shift is 12 people, all of them would use it.",
                      "Thanks for the idea! Dark mode is on our list; I've added your vote.",
                      "I've logged this as a feature request. I can't promise a date, but the"
                          + " product team reviews requests every quarter and we'll let you know"
                          + " if it's scheduled."),
                  sc(
                      "Suggestion - export to Excel directly|xlsx export?",
                      "Feature request: let us export straight to .xlsx. Our finance people always"
                          + " mess up the CSV import with the commas.",
                      "Mostly the monthly revenue report.",
                      "Thanks! Which reports would you export to Excel most often?",
                      "Excel export is now available for all reports: choose Export \u203a .xlsx"
                          + " in the report menu."))),
          new Theme(
              "cancellation",
              5,
              DEPT_BILLING,
              TYPE_TASK,
              new int[] {1, 6, 2, 0, 0},
              "cancellation refund",
              Attach.NONE,
              List.of(
                  sc(
                      "Cancel subscription and refund|Refund request",
                      "We'd like to cancel our subscription at the end of the month. We were"
                          + " charged {amt} for the annual renewal yesterday, can that be"
                          + " refunded?",
                      "Yes, I'm the account owner. We haven't used the account since the renewal.",
                      "I'm sorry to see you go. Before I process the cancellation, can you confirm"
                          + " you are the account owner? Only owners can cancel a subscription.",
                      "Your subscription has been cancelled and the renewal of {amt} refunded."
                          + " Your data will be deleted after 30 days unless you reactivate."),
                  sc(
                      "How do I cancel?? No button anywhere|Please cancel our account",
                      "I can't find where to cancel. Please cancel immediately and stop charging"
                          + " my card. This is ridiculous.||Please close the account for {org},"
                          + " we moved to another tool. Also please delete our data.",
                      "Yes please go ahead.",
                      "I understand. Cancellation is under Settings \u203a Billing \u203a Plan, but"
                          + " I'm happy to do it for you once you confirm.",
                      "Done \u2014 the account will stay active until the end of the paid period"
                          + " and will not renew. No further charges will be made."))),
          new Theme(
              "how-to",
              5,
              DEPT_GENERAL,
              TYPE_QUESTION,
              new int[] {4, 6, 0, 0, 0},
              "how-to permissions",
              Attach.NONE,
              List.of(
                  sc(
                      "Question about permissions|quick question|read-only user?",
                      "hi, quick question, how can I give a colleague read-only access?",
                      "Thanks, and can they still export reports?",
                      "Good question! Under Settings \u203a Team you can invite a user and choose"
                          + " the \"Viewer\" role, which can see everything but change nothing.",
                      "Viewers can export reports too; only editing is blocked. I've added a note"
                          + " about this to our help centre article."),
                  sc(
                      "Change account owner|Transfer ownership",
                      "Our account owner left the company. How can we transfer ownership to me?",
                      "I'm an admin on the account; our billing contact can confirm.",
                      "Ownership can only be transferred with the billing contact's approval. Could"
                          + " you ask them to reply to this ticket?",
                      "I've transferred ownership to you after confirming with the billing contact"
                          + " on file. You'll now see the Billing menu."),
                  sc(
                      "Time zone for the whole team|reports show wrong time",
                      "Where do I change the time zone for the whole team? Reports show UTC.",
                      "We're all in Europe/Berlin.",
                      "Which time zone should the reports use?",
                      "The team time zone is under Settings \u203a Company \u203a Regional"
                          + " settings. Each user can override it in their profile."))),
          new Theme(
              "sales",
              4,
              DEPT_SALES,
              TYPE_QUESTION,
              new int[] {3, 6, 1, 0, 0},
              "sales upgrade quote",
              Attach.NONE,
              List.of(
                  sc(
                      "Quote for 50 seats|Pricing question",
                      "We'd like a quote for 50 seats on the Business plan, billed annually, in"
                          + " EUR. Our procurement needs a PDF quote.",
                      "Billing contact is our finance team, PO number will follow.",
                      "Thanks for your interest! Who should the quote be addressed to?",
                      "I've prepared a quote for 50 Business seats billed annually; it's"
                          + " attached and valid for 30 days."),
                  sc(
                      "Upgrade to Enterprise plan|Enterprise vs Business",
                      "What's the difference between Business and Enterprise regarding SSO and"
                          + " audit logs? We'd like to upgrade if SSO is included.",
                      "OK, please upgrade us from the next billing cycle.",
                      "Enterprise adds SSO, audit logs and a 4-hour reply SLA. Shall I upgrade"
                          + " your account?",
                      "Your account has been upgraded to Enterprise; SSO and audit logs are now"
                          + " enabled under Settings \u203a Security."),
                  sc(
                      "Discount for non-profits?|charity pricing",
                      "Do you offer a discount for registered charities? We're a small"
                          + " non-profit.",
                      "Our charity registration number is 1187654.",
                      "We do! Could you send your charity registration number?",
                      "We offer 30% off for registered non-profits. I've applied it to your"
                          + " account from the next invoice."))));

  /** Nudges customers send when nobody answered. */
  static final String[] NUDGES = {
    "any update??",
    "Hi, just following up on this. We're still stuck.",
    "Hello?? It has been 3 days and nobody answered. This is really frustrating.",
    "Bump. Please escalate, our team can't work like this.",
    "Any news on this one? Thanks",
    "Is anyone looking at this? It's urgent for us.",
  };

  /** Customers confirming the fix. */
  static final String[] THANKS = {
    "Thanks, that fixed it!",
    "Perfect, all good now. Thank you for the quick help.",
    "ok it works now thx",
    "Confirmed working on our side. You can close this.",
    "Great, thanks a lot {staff}!",
  };

  /**
   * Follow-ups of customers who opened the ticket in German or French, so a conversation keeps its
   * language: {nudge, thanks, still broken}.
   */
  static final String[][] GERMAN = {
    {"Hallo, gibt es schon Neuigkeiten?", "Gibt es hier etwas Neues? Wir warten seit Tagen."},
    {"Danke, jetzt funktioniert es!", "Vielen Dank, hat geklappt."},
    {"Leider immer noch derselbe Fehler."},
  };

  static final String[][] FRENCH = {
    {"Des nouvelles ? C'est urgent pour nous.", "Bonjour, avez-vous avancé sur ce problème ?"},
    {"Merci beaucoup, ça marche maintenant.", "Parfait, merci pour votre aide !"},
    {"Toujours le même problème, malheureusement."},
  };

  /** The follow-up texts for an opening message's language (German, French or English). */
  static String[][] followUps(String opening) {
    if (opening.startsWith("Hallo")) {
      return GERMAN;
    }
    if (opening.startsWith("Bonjour")) {
      return FRENCH;
    }
    return ENGLISH;
  }

  /** Customers telling the agent that the suggestion did not help. */
  static final String[] STILL_BROKEN = {
    "Tried that, still not working.",
    "No change unfortunately. Same error as before.",
    "That didn't help. What else can we try? We really need this fixed today.",
  };

  /** Agent replies while work is ongoing. */
  static final String[] STAFF_PROGRESS = {
    "Thanks for your patience. Our engineers are still investigating and I'll update you as soon"
        + " as I have news.",
    "Quick update: we've identified the cause and a fix is being tested. I expect it to be"
        + " deployed within the next day.",
    "I'm sorry for the wait. I've escalated this internally and marked it as high priority.",
  };

  private static final String[][] ENGLISH = {NUDGES, THANKS, STILL_BROKEN};

  /** Private agent posts, never e-mailed to the customer. */
  static final String[] PRIVATE = {
    "Internal: customer is on the Business plan, renewal due next month \u2014 handle with care.",
    "Internal: reproduced on staging, see engineering ticket ENG-4821.",
    "Internal: looping in billing, refund needs approval above \u20ac500.",
    "Internal: same issue as the one reported by another customer last week, probably related.",
  };

  /** Replies from colleagues copied on the conversation. */
  static final String[] CC = {
    "+1, we see exactly the same thing on our side.",
    "Adding myself here \u2014 I'm the IT admin for our team, please keep me in the loop.",
    "Same for me. Our whole office is affected.",
  };

  /** Replies from outside parties (vendors, processors), as {name, e-mail, text}. */
  static final String[][] THIRD_PARTY = {
    {
      "PayFlow Merchant Services",
      "disputes@payflow.example",
      "Hello, regarding the transaction in question: the second authorisation was voided on our"
          + " side and will drop off the cardholder's statement within 3 business days."
    },
    {
      "CloudMail Delivery Team",
      "postmaster@cloudmail.example",
      "We checked our outbound logs: the messages were accepted by the recipient server and then"
          + " quarantined there. No action is needed on the sending side."
    },
    {
      "Okapi Identity Support",
      "support@okapi-id.example",
      "The SAML signing certificate for this application was rotated on schedule. The new"
          + " metadata is available at the usual URL."
    },
  };

  private static final int TOTAL_WEIGHT = ALL.stream().mapToInt(Theme::weight).sum();

  private Themes() {}

  /** A theme drawn by weight. */
  static Theme pick(SplittableRandom rnd) {
    int r = rnd.nextInt(TOTAL_WEIGHT);
    for (Theme t : ALL) {
      r -= t.weight();
      if (r < 0) {
        return t;
      }
    }
    throw new IllegalStateException("weights");
  }

  /** An index drawn from relative weights. */
  static int weighted(SplittableRandom rnd, int[] weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int r = rnd.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }
}
