package dev.kayakomcp.emulator;

/** Expected documents copied from the spec's samples (§3.3). */
final class SpecSamples {

  private SpecSamples() {}

  /** §3.3: ticket 1042 with notes, time track, watcher, workflow and two posts, exact layout. */
  static final String TICKET_1042 =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <tickets>
      <ticket id="1042" flagtype="2">
      <displayid><![CDATA[QXV-418-20573]]></displayid>
      <departmentid><![CDATA[3]]></departmentid>
      <statusid><![CDATA[1]]></statusid>
      <priorityid><![CDATA[2]]></priorityid>
      <typeid><![CDATA[1]]></typeid>
      <userid><![CDATA[57]]></userid>
      <userorganization><![CDATA[Acme Widgets]]></userorganization>
      <userorganizationid><![CDATA[8]]></userorganizationid>
      <ownerstaffid><![CDATA[4]]></ownerstaffid>
      <ownerstaffname><![CDATA[Dana Agent]]></ownerstaffname>
      <fullname><![CDATA[Pat Customer]]></fullname>
      <email><![CDATA[pat@example.com]]></email>
      <lastreplier><![CDATA[Dana Agent]]></lastreplier>
      <subject><![CDATA[Cannot reset my password]]></subject>
      <creationtime><![CDATA[1700000000]]></creationtime>
      <lastactivity><![CDATA[1700003600]]></lastactivity>
      <laststaffreply><![CDATA[1700003600]]></laststaffreply>
      <lastuserreply><![CDATA[1700000000]]></lastuserreply>
      <slaplanid><![CDATA[1]]></slaplanid>
      <nextreplydue><![CDATA[0]]></nextreplydue>
      <resolutiondue><![CDATA[1700259200]]></resolutiondue>
      <replies><![CDATA[1]]></replies>
      <ipaddress><![CDATA[203.0.113.10]]></ipaddress>
      <creator><![CDATA[2]]></creator>
      <creationmode><![CDATA[4]]></creationmode>
      <creationtype><![CDATA[1]]></creationtype>
      <isescalated><![CDATA[0]]></isescalated>
      <escalationruleid><![CDATA[0]]></escalationruleid>
      <templategroupid><![CDATA[1]]></templategroupid>
      <tags><![CDATA[login password]]></tags>
      <templategroupname><![CDATA[Default]]></templategroupname>
      <watcher staffid="4" name="Dana Agent" />
      <workflow id="2" title="Escalate to Tier 2" />
      <note type="ticket" id="15" ticketid="1042" notecolor="1" creatorstaffid="4" forstaffid="0" creatorstaffname="Dana Agent" creationdate="1700001800"><![CDATA[Identity confirmed by phone.]]></note>
      <note type="user" id="6" userid="57" notecolor="3" creatorstaffid="4" forstaffid="0" creatorstaffname="Dana Agent" creationdate="1690000000"><![CDATA[Prefers e-mail contact.]]></note>
      <note type="userorganization" id="2" userorganizationid="8" notecolor="4" creatorstaffid="1" forstaffid="0" creatorstaffname="Sam Admin" creationdate="1680000000"><![CDATA[Gold support contract.]]></note>
      <note type="timetrack" id="9" ticketid="1042" timeworked="900" timebillable="600" billdate="1700003600" workdate="1700003000" workerstaffid="4" workerstaffname="Dana Agent" creatorstaffid="4" creatorstaffname="Dana Agent" notecolor="1"><![CDATA[Checked SSO logs.]]></note>
      <posts>
      <post>
      <id><![CDATA[2210]]></id>
      <ticketpostid><![CDATA[2210]]></ticketpostid>
      <ticketid><![CDATA[1042]]></ticketid>
      <dateline><![CDATA[1700000000]]></dateline>
      <userid><![CDATA[57]]></userid>
      <fullname><![CDATA[Pat Customer]]></fullname>
      <email><![CDATA[pat@example.com]]></email>
      <emailto />
      <ipaddress><![CDATA[203.0.113.10]]></ipaddress>
      <hasattachments><![CDATA[0]]></hasattachments>
      <creator><![CDATA[2]]></creator>
      <isthirdparty><![CDATA[0]]></isthirdparty>
      <ishtml><![CDATA[0]]></ishtml>
      <isemailed><![CDATA[0]]></isemailed>
      <staffid><![CDATA[0]]></staffid>
      <issurveycomment><![CDATA[0]]></issurveycomment>
      <contents><![CDATA[The reset link says it has expired.]]></contents>
      <isprivate><![CDATA[0]]></isprivate>
      </post>
      <post>
      <id><![CDATA[2214]]></id>
      <ticketpostid><![CDATA[2214]]></ticketpostid>
      <ticketid><![CDATA[1042]]></ticketid>
      <dateline><![CDATA[1700003600]]></dateline>
      <userid><![CDATA[0]]></userid>
      <fullname><![CDATA[Dana Agent]]></fullname>
      <email><![CDATA[dana@support.example.com]]></email>
      <emailto><![CDATA[pat@example.com]]></emailto>
      <ipaddress><![CDATA[198.51.100.7]]></ipaddress>
      <hasattachments><![CDATA[0]]></hasattachments>
      <creator><![CDATA[1]]></creator>
      <isthirdparty><![CDATA[0]]></isthirdparty>
      <ishtml><![CDATA[1]]></ishtml>
      <isemailed><![CDATA[1]]></isemailed>
      <staffid><![CDATA[4]]></staffid>
      <issurveycomment><![CDATA[0]]></issurveycomment>
      <contents><![CDATA[<p>Hi Pat,</p><p>I have sent a new link.</p>]]></contents>
      <isprivate><![CDATA[0]]></isprivate>
      </post>
      </posts>
      </ticket>
      </tickets>""";
}
