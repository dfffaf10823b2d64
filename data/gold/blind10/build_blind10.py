#!/usr/bin/env python3
"""Build ``blind10.jsonl``: the tenth batch of blind test articles (session 15).

14 invented campaign-trail and state or local colour pieces of 2016 (voters named by age and job,
unnamed voters and crowd members, local officials, campaign staff, local newspapers), written and
annotated by a helper session that never read claimtrace's code, tests or data; see NOTES.md.
Scored on arrival, then read for errors.

Usage: ``python data/gold/blind10/build_blind10.py [--check] [--show]`` (``--check``: exit 1
if blind10.jsonl is stale; ``--show``: print every attribution in context).

Annotation line format (one attribution per line):
    CUE || SOURCE || CONTENT || TYPE
- SOURCE is NULL when the article gives no source.
- CONTENT fragments of a split quote are separated by " ## "; each later fragment is
  searched after the end of the previous one.
- Any field may be written "pre<<target>>post": the string pre+target+post is located
  (it must be unique) and only target becomes the span.
- Without context: CONTENT (first fragment) must occur exactly once; the CUE is the
  word-bounded occurrence nearest to the content (not inside a content fragment); the
  SOURCE is the word-bounded occurrence nearest to the cue (not overlapping cue/content).
  Ties raise an error.
Offsets are always computed, never typed. Articles j01-j07 use straight quotes;
j08-j14 are written here with straight quotes and converted by curl() (to “ ” ‘ ’) before
offsets are computed; the script asserts the quote style of every text.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # data/gold, for build_gold
from build_gold import write_or_check  # noqa: E402

TYPES = {"named_person", "named_org", "media", "document", "anonymous", "unknown"}

ARTICLES = []


def art(doc_id, text, ann):
    ARTICLES.append((doc_id, text.strip("\n"), ann))


# ---------------------------------------------------------------- j01 (straight)
art("j01", """
Cruz Courts Evangelicals Over Pancakes in Rural Iowa

SIOUX CENTER, Iowa - The line for the Pancake House on Main Street stretched past the hardware store on Saturday morning, and most of the people in it had come to see Ted Cruz.

The Texas senator worked the room for nearly an hour, shaking hands over plates of sausage and eggs and posing for photographs with the waitresses. Then he climbed onto a chair to speak.

"Iowa doesn't pick the candidate who shouts the loudest," Cruz told the crowd. "Iowa picks the candidate who has stood and fought."

Many in the room said they had already made up their minds.

"I prayed on it, and I'm with Ted," said Marlene Vander Berg, 61, a retired school secretary from Orange City. She said she had watched the senator's speech on religious liberty three times.

Others were less sure. A farmer in a seed-company jacket said he liked Cruz but worried that the senator "comes off a little slick on TV."

The Cruz campaign has built its Iowa operation around church networks, according to Caleb Hoekstra, the campaign's faith outreach director in the state. "We have a captain in almost every one of the 99 counties," Hoekstra said.

A Des Moines Register/Bloomberg Politics poll released this month showed Cruz and Donald Trump running close among likely Republican caucusgoers, with Cruz holding a narrow edge among evangelical voters.

Sioux County's Republican chairman, Mark Lundberg, said the turnout surprised him. "We usually get maybe forty people for a candidate breakfast," he said. "This is three times that."

Lundberg believes the senator's ground game could matter more than the polls on caucus night, when turnout in bad weather is hard to predict.

Not everyone in Sioux Center was sold. Outside, a woman holding a Trump sign shouted that Cruz "is a Canadian" as supporters filed past.

Asked about the heckler, Cruz's spokesman, Rick Tyler, said the campaign "welcomes every voter, even the loud ones."

The senator left for a town hall in Sheldon shortly after 10 a.m., an hour behind schedule, with a box of cinnamon rolls that the owner had pressed into his hands at the door.
""", """
told || Cruz || "Iowa doesn't pick the candidate who shouts the loudest," ## "Iowa picks the candidate who has stood and fought." || named_person
said || Many in the room || they had already made up their minds || anonymous
said || Marlene Vander Berg, 61, a retired school secretary from Orange City || "I prayed on it, and I'm with Ted," || named_person
said || She || she had watched the senator's speech on religious liberty three times || named_person
said || A farmer in a seed-company jacket || he liked Cruz but worried that the senator "comes off a little slick on TV." || anonymous
according to || Caleb Hoekstra, the campaign's faith outreach director in the state || The Cruz campaign has built its Iowa operation around church networks || named_person
said || Hoekstra || "We have a captain in almost every one of the 99 counties," || named_person
showed || A Des Moines Register/Bloomberg Politics poll released this month || Cruz and Donald Trump running close among likely Republican caucusgoers, with Cruz holding a narrow edge among evangelical voters || document
said || Sioux County's Republican chairman, Mark Lundberg || the turnout surprised him || named_person
said || he || "We usually get maybe forty people for a candidate breakfast," ## "This is three times that." || named_person
believes || Lundberg || the senator's ground game could matter more than the polls on caucus night, when turnout in bad weather is hard to predict || named_person
shouted || a woman holding a Trump sign || Cruz "is a Canadian" || anonymous
said || Cruz's spokesman, Rick Tyler || the campaign "welcomes every voter, even the loud ones." || named_person
""")

# ---------------------------------------------------------------- j02 (straight)
art("j02", """
Trump Fills Scranton Arena as Supporters Cheer Talk of Jobs

SCRANTON, Pa. - Hours before Donald Trump took the stage here on Monday night, the parking lots around the arena were full and the line for the metal detectors wound past a row of food trucks.

Inside, the crowd of about 6,000 chanted "Build the wall!" while a local country band played between speakers.

Trump spoke for just over an hour. He told the audience that factories in the region had been "stolen" by bad trade deals and that he would bring them back.

"We're going to win Pennsylvania, and we're going to win it big," Trump said. "Believe me, folks. Big."

He also said the Clinton campaign was "scared to death" of voters in places like Lackawanna County.

Trump's Pennsylvania state director, Ken Dolan, said the campaign had registered more than 2,000 new voters in Lackawanna and Luzerne counties since the spring.

Voters in the stands described a region that feels left behind.

"My dad worked at the rail yard, I worked at the rail yard, and my son can't get hired anywhere," said Joe Mancuso, 58, a laid-off machinist from Dunmore. "Trump's the only one talking about us."

A man wearing a red cap and a camouflage jacket said he had voted for Barack Obama twice. "Not this time," he said.

Several supporters said they did not trust the polls. A Franklin & Marshall College poll released last week showed Hillary Clinton leading Trump by nine points among likely voters in the state.

"Polls said Brexit wasn't going to happen either," said one woman, a nurse who declined to give her name.

Outside the arena, a sheriff's deputy said there had been no arrests. The Scranton Times-Tribune reported that about 200 protesters gathered across the street, some carrying handmade signs, and that the two groups traded insults but kept their distance.

A spokeswoman for the Clinton campaign in Pennsylvania said in a statement that Trump "has no plan for working families, just slogans."

By 10 p.m. the lots had emptied, and the food trucks were packing up under the glare of the arena lights.
""", """
chanted || the crowd of about 6,000 || "Build the wall!" || anonymous
told || He || factories in the region had been "stolen" by bad trade deals and that he would bring them back || named_person
said || Trump || "We're going to win Pennsylvania, and we're going to win it big," ## "Believe me, folks. Big." || named_person
said || He || the Clinton campaign was "scared to death" of voters in places like Lackawanna County || named_person
said || Trump's Pennsylvania state director, Ken Dolan || the campaign had registered more than 2,000 new voters in Lackawanna and Luzerne counties since the spring || named_person
described || Voters in the stands || a region that feels left behind || anonymous
said || Joe Mancuso, 58, a laid-off machinist from Dunmore || "My dad worked at the rail yard, I worked at the rail yard, and my son can't get hired anywhere," ## "Trump's the only one talking about us." || named_person
said || A man wearing a red cap and a camouflage jacket || he had voted for Barack Obama twice || anonymous
said || he || "Not this time," || anonymous
said || Several supporters || they did not trust the polls || anonymous
showed || A Franklin & Marshall College poll released last week || Hillary Clinton leading Trump by nine points among likely voters in the state || document
said || one woman, a nurse who declined to give her name || "Polls said Brexit wasn't going to happen either," || anonymous
said || a sheriff's deputy || there had been no arrests || anonymous
reported || The Scranton Times-Tribune || about 200 protesters gathered across the street, some carrying handmade signs, and that the two groups traded insults but kept their distance || media
said || A spokeswoman for the Clinton campaign in Pennsylvania || Trump "has no plan for working families, just slogans." || anonymous
""")

# ---------------------------------------------------------------- j03 (straight)
art("j03", """
Sanders Draws Students and Retirees to Packed Gym in Keene

KEENE, N.H. - The bleachers at Keene State College filled an hour early on Thursday, and the fire marshal closed the doors with several hundred people still waiting outside in the snow.

Bernie Sanders arrived 20 minutes late, apologized and launched straight into a speech on college debt.

"Nobody in this gym should be paying off student loans until they're fifty," the Vermont senator said, "and if I'm elected, nobody will."

The crowd roared. Hannah Liu, 20, a nursing student from Nashua, said she owes about $31,000 already. "My parents think I'm crazy for volunteering," she said. "But this is the first time I've felt like a candidate was talking to me."

Not all of the audience was young. Walt Kimball, 72, a retired dairy farmer from Walpole, said he had voted in every New Hampshire primary since 1964. He thinks Sanders has a better chance against Donald Trump than Hillary Clinton does.

During the question period, a man in the back row asked how Sanders would pay for free tuition at public colleges. Sanders answered that a tax on Wall Street speculation would cover the cost.

A Sanders aide, speaking on condition of anonymity because he was not authorized to discuss internal numbers, said the campaign had more than 200 paid staff members in New Hampshire.

A WMUR/CNN poll released Wednesday found Sanders leading Clinton by 18 points among likely Democratic primary voters. The Keene Sentinel reported on Friday that campus police had counted 1,400 people inside the gym.

Clinton supporters in the state say the numbers will tighten before the Feb. 9 primary.

"Primaries in New Hampshire always break late," said Ann Beaudoin, a Keene city councilor who is backing Clinton. "People here like to make the front-runner sweat."

After the event, dozens of students lingered in the parking lot, swapping phone numbers and signing up for weekend canvassing shifts with volunteers who held clipboards and flashlights against the dark.

The senator was due in Peterborough on Friday morning and in Manchester that night.
""", """
said || the Vermont senator || "Nobody in this gym should be paying off student loans until they're fifty," ## "and if I'm elected, nobody will." || named_person
said || Hannah Liu, 20, a nursing student from Nashua || she owes about $31,000 already || named_person
said || she || "My parents think I'm crazy for volunteering," ## "But this is the first time I've felt like a candidate was talking to me." || named_person
said || Walt Kimball, 72, a retired dairy farmer from Walpole || he had voted in every New Hampshire primary since 1964 || named_person
thinks || He || Sanders has a better chance against Donald Trump than Hillary Clinton does || named_person
asked || a man in the back row || how Sanders would pay for free tuition at public colleges || anonymous
answered || Sanders || a tax on Wall Street speculation would cover the cost || named_person
said || A Sanders aide || the campaign had more than 200 paid staff members in New Hampshire || anonymous
found || A WMUR/CNN poll released Wednesday || Sanders leading Clinton by 18 points among likely Democratic primary voters || document
reported || The Keene Sentinel || campus police had counted 1,400 people inside the gym || media
say || Clinton supporters in the state || the numbers will tighten before the Feb. 9 primary || anonymous
said || Ann Beaudoin, a Keene city councilor who is backing Clinton || "Primaries in New Hampshire always break late," ## "People here like to make the front-runner sweat." || named_person
""")

# ---------------------------------------------------------------- j04 (straight)
art("j04", """
In Las Vegas, Clinton Leans on Union Members Before Caucuses

LAS VEGAS - Hillary Clinton spent Saturday afternoon in a union hall a few blocks off the Strip, where hundreds of hotel housekeepers, cooks and bartenders waited in their work uniforms to hear her.

"You keep this city running, and you deserve a raise," Clinton told them, drawing a standing ovation.

The former secretary of state said she would fight to raise the federal minimum wage and to protect the right of workers to organize.

Rosa Delgado, 47, a housekeeper at a casino on Fremont Street, said she had signed up to be a precinct captain for the first time. "I'm nervous, but I know my neighbors," Delgado said. "They will come."

Another precinct captain said many of his co-workers were still undecided between Clinton and Bernie Sanders. "The young ones like Bernie," he said.

Clinton's campaign manager, Robby Mook, told reporters after the event that the campaign expected a close race in Nevada. "Nevada is a tough state to poll, and we've never taken it for granted," Mook said.

The Culinary Workers Union Local 226, the largest union in the state, has stayed neutral in the race. A union official said the leadership wanted members to "make up their own minds."

The Las Vegas Review-Journal reported last week that the Sanders campaign had opened 11 field offices in Nevada, most of them in Clark County. A CNN/ORC poll of Nevada Democrats showed the two candidates within one point of each other.

Sanders's Nevada spokesman, Mark Arriola, said in a statement that the senator "is going to surprise a lot of people on Saturday."

Outside the hall, several Sanders volunteers handed out fliers and said they believed the union rank and file was with them.

Inside, the mood was festive. A mariachi band played as Clinton worked the rope line, and several women held up their phones to record her as she passed. One cook, still in his white jacket, waited nearly an hour for a handshake and a photograph.

By the time Clinton's motorcade pulled away, shift workers were already filing back toward the casinos for the evening rush.
""", """
told || Clinton || "You keep this city running, and you deserve a raise," || named_person
said || The former secretary of state || she would fight to raise the federal minimum wage and to protect the right of workers to organize || named_person
said || Rosa Delgado, 47, a housekeeper at a casino on Fremont Street || she had signed up to be a precinct captain for the first time || named_person
said || Delgado || "I'm nervous, but I know my neighbors," ## "They will come." || named_person
said || Another precinct captain || many of his co-workers were still undecided between Clinton and Bernie Sanders || anonymous
said || he || "The young ones like Bernie," || anonymous
told || Clinton's campaign manager, Robby Mook || the campaign expected a close race in Nevada || named_person
said || Mook || "Nevada is a tough state to poll, and we've never taken it for granted," || named_person
said || A union official || the leadership wanted members to "make up their own minds." || anonymous
reported || The Las Vegas Review-Journal || the Sanders campaign had opened 11 field offices in Nevada, most of them in Clark County || media
showed || A CNN/ORC poll of Nevada Democrats || the two candidates within one point of each other || document
said || Sanders's Nevada spokesman, Mark Arriola || the senator "is going to surprise a lot of people on Saturday." || named_person
said || several Sanders volunteers || they believed the union rank and file was with them || anonymous
""")

# ---------------------------------------------------------------- j05 (straight)
art("j05", """
Waukesha County Republicans Wrestle With Trump at Monthly Meeting

WAUKESHA, Wis. - The monthly meeting of the Waukesha County Republican Party usually draws a few dozen people to the back room of a supper club on the edge of town. On Tuesday night, more than 150 showed up, and the talk was mostly about Donald Trump.

The county chairman, Gary Lindqvist, opened the meeting at 7 sharp. "We are going to disagree tonight, and that's fine," he said. "We are still one party."

Wisconsin has been difficult terrain for Trump. A Marquette Law School poll released last week found him trailing Ted Cruz among likely Republican primary voters in the state. Gov. Scott Walker, who left the presidential race in September, grew up in nearby Delavan.

Linda Schaefer, 66, a retired bank teller from Pewaukee, said she would vote for Cruz on April 5 but would support Trump if he won the nomination. "I'm not happy about it," she said.

Others were not willing to go that far. A precinct captain from Brookfield stood and said he would leave the top of the ballot blank in November rather than vote for Trump. Several people applauded; a man near the bar shouted, "Then you're electing Hillary!"

Reince Priebus, the Republican National Committee chairman and a Kenosha native, has said the party must unite behind the eventual nominee.

Lindqvist said Priebus had called him on Monday. According to Lindqvist, the chairman told him that a contested convention in Cleveland "would be a disaster for everybody."

The Milwaukee Journal Sentinel reported Sunday that Trump's campaign had hired a state director only two weeks ago. A Trump campaign spokeswoman said the campaign was "building a strong team in Wisconsin" and expected to do well.

Some members worry that the fight will hurt turnout for Senator Ron Johnson in November. Johnson faces a difficult re-election race against Russ Feingold, the Democrat he defeated six years ago.

The meeting ran nearly an hour past its scheduled end. Volunteers collected sign-up sheets for phone banks, and the supper club's bartender ran out of clean glasses before 9.
""", """
said || he || "We are going to disagree tonight, and that's fine," ## "We are still one party." || named_person
found || A Marquette Law School poll released last week || him trailing Ted Cruz among likely Republican primary voters in the state || document
said || Linda Schaefer, 66, a retired bank teller from Pewaukee || she would vote for Cruz on April 5 but would support Trump if he won the nomination || named_person
said || she || "I'm not happy about it," || named_person
said || A precinct captain from Brookfield || he would leave the top of the ballot blank in November rather than vote for Trump || anonymous
shouted || a man near the bar || "Then you're electing Hillary!" || anonymous
has said || Reince Priebus, the Republican National Committee chairman and a Kenosha native || the party must unite behind the eventual nominee || named_person
said || Lindqvist || Priebus had called him on Monday || named_person
According to || Lindqvist || the chairman told him that a contested convention in Cleveland "would be a disaster for everybody." || named_person
reported || The Milwaukee Journal Sentinel || Trump's campaign had hired a state director only two weeks ago || media
said || A Trump campaign spokeswoman || the campaign was "building a strong team in Wisconsin" and expected to do well || anonymous
worry || Some members || the fight will hurt turnout for Senator Ron Johnson in November || anonymous
""")

# ---------------------------------------------------------------- j06 (straight)
art("j06", """
Rubio Makes His Pitch Behind a Greenville Barbecue Joint

GREENVILLE, S.C. - Marco Rubio stood on a picnic table behind a barbecue restaurant on Wednesday and told a few hundred people that the Republican Party needed a nominee who could unite it.

"If I'm our nominee, we will win this election," the Florida senator said. "If I'm our nominee, we will grow this party."

Rubio was joined on the makeshift stage by Gov. Nikki Haley and Senator Tim Scott. Haley told the crowd that Rubio "will make us proud."

Many voters at the event said they saw Rubio as the candidate most likely to beat Hillary Clinton.

"I like Trump's fire, but I don't think he can win in November," said Bill Heyward, 44, an insurance agent from Simpsonville. "Marco can."

His wife, Carla, 43, said she was still deciding between Rubio and Ted Cruz.

A longtime Greenville County Republican official said turnout in the Upstate would decide Saturday's primary. A Rubio aide said the campaign had knocked on 30,000 doors in the state since January.

The Post and Courier reported Tuesday that Trump's lead in South Carolina had narrowed in recent days. A Winthrop University poll released Tuesday showed Trump at 34 percent, with Rubio and Cruz roughly tied for second.

Trump, campaigning in Myrtle Beach the same afternoon, said Rubio was "a lightweight who has done nothing in the Senate."

Rubio's spokesman, Alex Conant, responded that Trump "is running out of insults."

When the speeches ended, the restaurant's owner set out trays of pulled pork and banana pudding, and the line for food was longer than the line for photographs. Rubio stayed for almost an hour, signing hats and posing with children on the picnic table he had used as a stage.

His bus left for Spartanburg a little after 2 p.m., trailed by a van of reporters and two sheriff's cruisers. The campaign had scheduled four more stops before dark.
""", """
told || Marco Rubio || the Republican Party needed a nominee who could unite it || named_person
said || the Florida senator || "If I'm our nominee, we will win this election," ## "If I'm our nominee, we will grow this party." || named_person
told || Haley || Rubio "will make us proud." || named_person
said || Many voters at the event || they saw Rubio as the candidate most likely to beat Hillary Clinton || anonymous
said || Bill Heyward, 44, an insurance agent from Simpsonville || "I like Trump's fire, but I don't think he can win in November," ## "Marco can." || named_person
said || His wife, Carla, 43 || she was still deciding between Rubio and Ted Cruz || named_person
said || A longtime Greenville County Republican official || turnout in the Upstate would decide Saturday's primary || anonymous
said || A Rubio aide || the campaign had knocked on 30,000 doors in the state since January || anonymous
reported || The Post and Courier || Trump's lead in South Carolina had narrowed in recent days || media
showed || A Winthrop University poll released Tuesday || Trump at 34 percent, with Rubio and Cruz roughly tied for second || document
said || Trump, campaigning in Myrtle Beach the same afternoon || Rubio was "a lightweight who has done nothing in the Senate." || named_person
responded || Rubio's spokesman, Alex Conant || Trump "is running out of insults." || named_person
""")

# ---------------------------------------------------------------- j07 (straight)
art("j07", """
Pence Returns to Indiana County Fair and Sticks to the Script

FRANKLIN, Ind. - Gov. Mike Pence walked the midway at the Johnson County Fair on Thursday evening, eating a pork tenderloin sandwich and stopping every few feet for photographs.

It was his first public appearance in the state since Donald Trump chose him as his running mate last week, and the crowd greeted him like a hometown hero.

"Indiana, it's good to be home," Pence said from a stage near the livestock barns. He told the crowd that Trump "understands the people of this state" and would be "a president for the forgotten men and women of America."

Sandy Whitaker, 59, a 4-H leader from Trafalgar, said she had known Pence since his days as a radio host. "He's the same man he's always been," she said. "Steady."

Some Republicans at the fair worried that the governor was trading a tough re-election race for a ticket that could lose badly in November.

"Mike's a good man, but I don't know about the guy at the top," said a cattle farmer who asked not to be named because his brother-in-law works for the state.

The Indianapolis Star reported this week that Pence's departure from the governor's race had set off a scramble among state Republicans. Lt. Gov. Eric Holcomb, one of several Republicans seeking to replace Pence on the November ballot, said he would have "more to say soon."

The Johnson County Republican chairwoman, Pam Kersey, said volunteers had signed up 300 people at the party's booth near the grandstand since Monday.

Democrats were quick to respond. John Gregg, the Democratic candidate for governor, said in a statement that Pence had "left Indiana behind the moment a better offer came along."

A Monmouth University poll released in May showed Pence and Gregg in a statistical tie.

Pence left the fairgrounds shortly after dark, waving from the back seat of a black S.U.V. as a few children ran alongside. Behind him, the tractor pull was just getting started.
""", """
said || Pence || "Indiana, it's good to be home," || named_person
told || He || Trump "understands the people of this state" and would be "a president for the forgotten men and women of America." || named_person
said || Sandy Whitaker, 59, a 4-H leader from Trafalgar || she had known Pence since his days as a radio host || named_person
said || she || "He's the same man he's always been," ## "Steady." || named_person
worried || Some Republicans at the fair || the governor was trading a tough re-election race for a ticket that could lose badly in November || anonymous
said || a cattle farmer who asked not to be named because his brother-in-law works for the state || "Mike's a good man, but I don't know about the guy at the top," || anonymous
reported || The Indianapolis Star || Pence's departure from the governor's race had set off a scramble among state Republicans || media
said || Lt. Gov. Eric Holcomb, one of several Republicans seeking to replace Pence on the November ballot || he would have "more to say soon." || named_person
said || The Johnson County Republican chairwoman, Pam Kersey || volunteers had signed up 300 people at the party's booth near the grandstand since Monday || named_person
said || John Gregg, the Democratic candidate for governor || Pence had "left Indiana behind the moment a better offer came along." || named_person
showed || A Monmouth University poll released in May || Pence and Gregg in a statistical tie || document
""")

# ---------------------------------------------------------------- j08 (curly)
art("j08", """
Kaine Brings a Harmonica and a Folksy Pitch to a Youngstown Diner

YOUNGSTOWN, Ohio - Tim Kaine ordered the corned beef hash, chatted with the waitress about her grandchildren and, before leaving, pulled a harmonica from his jacket pocket.

The Democratic vice-presidential nominee spent about 40 minutes at the Elm Street Diner on Tuesday morning, working his way from booth to booth.

"I'm not here to give a speech. I'm here to eat and listen," Kaine told a table of retired steelworkers.

One of them, Frank Kovach, 76, said he had voted for Democrats all his life but was leaning toward Donald Trump this year. "Trade killed this town," Kovach said. "Trump says he'll fix it. I don't know if he can, but nobody else has."

Kaine listened, then told Kovach that Hillary Clinton would "never sign a trade deal that hurts American workers."

At the counter, a woman in hospital scrubs said Clinton had her vote "because of the Supreme Court, period."

Mahoning County has long been a Democratic stronghold, but party officials here worry that many union households will break for Trump. The county Democratic chairman, Phil Rinaldi, said he had warned the Clinton campaign about it months ago.

"They're going to lose votes here that Democrats have never lost," Rinaldi said.

A Quinnipiac University poll released last week found Trump and Clinton tied in Ohio at 41 percent each. The Vindicator, the local newspaper, reported that Trump's campaign plans a rally in nearby Austintown next week.

Clinton herself will visit the Mahoning Valley before Election Day, a Clinton campaign aide said, speaking on condition of anonymity to discuss scheduling.

Before he left, Kaine played a few bars of "Take Me Home, Country Roads" on the harmonica, to polite applause and one loud whistle from the kitchen. He paid for his own breakfast and left a tip that the waitress, Dee Kowalski, later showed to a reporter with some pride.

His motorcade headed east toward Warren, where he was scheduled to tour a union training center before an evening rally in Akron.
""", """
told || Kaine || "I'm not here to give a speech. I'm here to eat and listen," || named_person
said || One of them, Frank Kovach, 76 || he had voted for Democrats all his life but was leaning toward Donald Trump this year || named_person
said || Kovach || "Trade killed this town," ## "Trump says he'll fix it. I don't know if he can, but nobody else has." || named_person
told || Kaine || Hillary Clinton would "never sign a trade deal that hurts American workers." || named_person
said || a woman in hospital scrubs || Clinton had her vote "because of the Supreme Court, period." || anonymous
worry || party officials here || many union households will break for Trump || anonymous
said || The county Democratic chairman, Phil Rinaldi || he had warned the Clinton campaign about it months ago || named_person
said || Rinaldi || "They're going to lose votes here that Democrats have never lost," || named_person
found || A Quinnipiac University poll released last week || Trump and Clinton tied in Ohio at 41 percent each || document
reported || The Vindicator, the local newspaper || Trump's campaign plans a rally in nearby Austintown next week || media
said || a Clinton campaign aide || Clinton herself will visit the Mahoning Valley before Election Day || anonymous
""")

# ---------------------------------------------------------------- j09 (curly)
art("j09", """
In The Villages, Retirees Turn Out for Trump in Golf Carts

THE VILLAGES, Fla. - They came by golf cart, hundreds of them, decorated with flags and streamers, and lined up along the road into the town square hours before Donald Trump's helicopter landed.

The retirement community in central Florida is one of the most Republican places in the state, and on Saturday the crowd of about 9,000 chanted "Lock her up!" as Trump took the stage.

"Florida, we love you, and we're going to win here," Trump said. "We're going to win by a lot."

Trump said Hillary Clinton's health care plans would "destroy Medicare as we know it."

Jerry Albright, 81, a retired Marine colonel from Michigan, said he had never missed a Republican rally in The Villages. "This is the biggest one I've seen," he said.

A woman holding a small dog told a reporter that she had cast her ballot by mail the week before.

Sumter County's supervisor of elections, Karen Doss, said mail ballots were being returned at a record pace. According to the Orlando Sentinel, Republicans have returned about 40,000 more mail ballots than Democrats statewide.

Not everyone in The Villages is on board. A group of Democrats from the community held a counter-rally near a shopping plaza; one of them, a retired teacher, said the Trump crowd "does not speak for all of us."

The Trump campaign said in a statement that more than 100,000 people had requested tickets for its Florida events this week. A CNN/ORC poll published Thursday showed Trump with a narrow lead in the state.

A Clinton spokesman, Brian Fallon, said Trump was "running out of places to find new voters."

When the rally ended, the golf carts formed a slow parade back toward the residential neighborhoods, horns beeping. Sheriff's deputies directed traffic at the main intersection for nearly an hour.

Trump flew on to Tampa for an evening event, his fourth stop in Florida in three days.
""", """
chanted || the crowd of about 9,000 || "Lock her up!" || anonymous
said || Trump || "Florida, we love you, and we're going to win here," ## "We're going to win by a lot." || named_person
said || Trump || Hillary Clinton's health care plans would "destroy Medicare as we know it." || named_person
said || Jerry Albright, 81, a retired Marine colonel from Michigan || he had never missed a Republican rally in The Villages || named_person
said || he || "This is the biggest one I've seen," || named_person
told || A woman holding a small dog || she had cast her ballot by mail the week before || anonymous
said || Sumter County's supervisor of elections, Karen Doss || mail ballots were being returned at a record pace || named_person
According to || the Orlando Sentinel || Republicans have returned about 40,000 more mail ballots than Democrats statewide || media
said || one of them, a retired teacher || the Trump crowd "does not speak for all of us." || anonymous
said || The Trump campaign || more than 100,000 people had requested tickets for its Florida events this week || named_org
showed || A CNN/ORC poll published Thursday || Trump with a narrow lead in the state || document
said || A Clinton spokesman, Brian Fallon || Trump was "running out of places to find new voters." || named_person
""")

# ---------------------------------------------------------------- j10 (curly)
art("j10", """
Church Vans and Early Ballots: Clinton's Final Push in Raleigh

RALEIGH, N.C. - The vans from three Baptist churches were parked along the curb outside the arena at North Carolina State University on Wednesday, ready to take people from Hillary Clinton's rally straight to an early-voting site a mile away.

"Don't wait until Tuesday," Clinton told the crowd. "Vote today, and bring a friend."

The Democratic nominee said the state's Senate and governor's races could decide "whether North Carolina moves forward or backward."

The Rev. Dorothy Graves, 63, pastor of a church in southeast Raleigh, said her congregation had already sent 140 people to the polls. "We vote like our grandparents marched," she said.

State election data show that turnout among black voters is down from four years ago, and Democratic officials say they are concerned. The News & Observer reported on Monday that early turnout in several eastern counties had fallen by double digits after the state cut the number of early-voting sites.

A spokesman for the state Republican Party, Kevin Lyle, said in an email that the party was "very pleased" with early turnout so far.

Marcus Reid, 19, a freshman at N.C. State, said he had voted for the first time that morning. "It took ten minutes," he said. "I don't know why anybody wouldn't."

A campaign volunteer at the door said the Clinton campaign had more than 30 offices in the state.

Republicans argue that the early-voting numbers show strong enthusiasm for Donald Trump in rural counties. A survey by Elon University released Monday found Clinton ahead by one point among likely voters. That lead is within the survey's margin of error.

After the rally, the church vans filled quickly. The Rev. Graves stood at the door of the first one with a clipboard, checking off names and handing out bottles of water.

By late afternoon, the line at the early-voting site stretched around the block, and poll workers were passing out folding chairs to older voters. Volunteers from both parties stood the required distance from the entrance, holding sample ballots and umbrellas.
""", """
told || Clinton || "Don't wait until Tuesday," ## "Vote today, and bring a friend." || named_person
said || The Democratic nominee || the state's Senate and governor's races could decide "whether North Carolina moves forward or backward." || named_person
said || The Rev. Dorothy Graves, 63, pastor of a church in southeast Raleigh || her congregation had already sent 140 people to the polls || named_person
said || she || "We vote like our grandparents marched," || named_person
show || State election data || turnout among black voters is down from four years ago || document
say || Democratic officials || they are concerned || anonymous
reported || The News & Observer || early turnout in several eastern counties had fallen by double digits after the state cut the number of early-voting sites || media
said || A spokesman for the state Republican Party, Kevin Lyle || the party was "very pleased" with early turnout so far || named_person
said || Marcus Reid, 19, a freshman at N.C. State || he had voted for the first time that morning || named_person
said || he || "It took ten minutes," ## "I don't know why anybody wouldn't." || named_person
said || A campaign volunteer at the door || the Clinton campaign had more than 30 offices in the state || anonymous
argue || Republicans || the early-voting numbers show strong enthusiasm for Donald Trump in rural counties || named_org
found || A survey by Elon University released Monday || Clinton ahead by one point among likely voters || document
""")

# ---------------------------------------------------------------- j11 (curly)
art("j11", """
Morning After Sanders Upset, Flint Diner Regulars Weigh In

FLINT, Mich. - At a diner on the city's east side on Wednesday morning, the talk over coffee and hash browns was about Bernie Sanders's surprise victory in Tuesday's Michigan primary.

Polls had shown Hillary Clinton ahead in the state by as much as 20 points.

"Everybody counted him out," said Terrence Hill, 38, an auto parts worker who voted for Sanders. "We didn't."

Hill said trade was the reason. He believes the North American Free Trade Agreement, which Bill Clinton signed in 1993, cost the region thousands of jobs.

Sanders told supporters in Miami on Tuesday night that the result showed "the political revolution is strong in every part of this country."

Not everyone at the counter was celebrating. Gloria Perkins, 70, a retired General Motors secretary, said she had voted for Clinton because of the water crisis. "She came here when nobody else would," Perkins said.

One man eating alone at the end of the counter said he had voted for Donald Trump in the Republican primary. "Bernie and Trump are saying the same thing about trade," he said.

The Flint Journal reported that turnout in Genesee County was the highest for a presidential primary since 1992.

Clinton's campaign chairman, John Podesta, said on Twitter that the campaign was "proud of the race we ran in Michigan."

A Sanders field organizer, speaking on condition of anonymity because she was not authorized to speak for the campaign, said volunteers had knocked on doors in every Flint precinct over the weekend.

The Genesee County Democratic chairwoman said party leaders had underestimated the anger over trade in the state's industrial towns.

By 10 a.m. the breakfast crowd had thinned. The waitress, who has worked at the diner for 22 years, refilled the coffee pots and turned the television to the news, where the anchors were still going over the Michigan results.
""", """
had shown || Polls || Hillary Clinton ahead in the state by as much as 20 points || document
said || Terrence Hill, 38, an auto parts worker who voted for Sanders || "Everybody counted him out," ## "We didn't." || named_person
said || Hill || trade was the reason || named_person
believes || He || the North American Free Trade Agreement, which Bill Clinton signed in 1993, cost the region thousands of jobs || named_person
told || Sanders || the result showed "the political revolution is strong in every part of this country." || named_person
said || Gloria Perkins, 70, a retired General Motors secretary || she had voted for Clinton because of the water crisis || named_person
said || Perkins || "She came here when nobody else would," || named_person
said || One man eating alone at the end of the counter || he had voted for Donald Trump in the Republican primary || anonymous
said || he || "Bernie and Trump are saying the same thing about trade," || anonymous
reported || The Flint Journal || turnout in Genesee County was the highest for a presidential primary since 1992 || media
said || Clinton's campaign chairman, John Podesta || the campaign was "proud of the race we ran in Michigan." || named_person
said || A Sanders field organizer || volunteers had knocked on doors in every Flint precinct over the weekend || anonymous
said || The Genesee County Democratic chairwoman || party leaders had underestimated the anger over trade in the state's industrial towns || anonymous
""")

# ---------------------------------------------------------------- j12 (curly)
art("j12", """
At Colorado County Assembly, Cruz Organizers Outwork Trump

CASTLE ROCK, Colo. - The Douglas County Republican assembly convened in a high school gymnasium on Saturday morning, and by noon it was clear that Ted Cruz's supporters had come prepared.

They wore matching green T-shirts and handed out printed slates of delegate candidates. The Colorado Republican Party canceled its presidential preference poll last year, so the state's national delegates are being chosen through a series of caucuses and assemblies.

"This is how grass-roots politics is supposed to work," said Ellen Marsh, 52, a real estate agent from Parker who was elected as a Cruz delegate.

A Trump supporter in the bleachers, a retired Air Force sergeant, said the process was "a rigged deal for insiders."

At a rally in New York on Sunday, Donald Trump told supporters that the Colorado system was "crooked" and that voters there had been "disenfranchised."

The Colorado Republican Party said in a statement that the rules had been published in August and that every campaign had the same opportunity to compete. The state party chairman, Steve House, told The Denver Post that he had received threatening phone calls after Trump's remarks.

The county chairman said the turnout of about 1,100 people was the largest he had seen in 20 years.

A Cruz campaign adviser said the campaign had spent weeks identifying supporters willing to run for delegate slots. Several Trump supporters said they had not understood how the process worked until they arrived.

"Nobody from the Trump campaign called me," said Dennis Fowler, 67, of Castle Rock. "Cruz's people called me three times."

According to a tally by The Denver Post, Cruz-backed candidates have won 30 of the 34 delegate slots awarded so far at congressional district assemblies.

The voting stretched into the afternoon. Volunteers counted paper ballots by hand at long tables under the basketball hoops while candidates paced the baselines and checked their phones.

When the results were posted on a bulletin board near the concession stand just after 3 p.m., a cheer went up from the Cruz section of the bleachers. The Trump supporters were already heading for the parking lot.
""", """
said || Ellen Marsh, 52, a real estate agent from Parker who was elected as a Cruz delegate || "This is how grass-roots politics is supposed to work," || named_person
said || A Trump supporter in the bleachers, a retired Air Force sergeant || the process was "a rigged deal for insiders." || anonymous
told || Donald Trump || the Colorado system was "crooked" and that voters there had been "disenfranchised." || named_person
said || The Colorado Republican Party || the rules had been published in August and that every campaign had the same opportunity to compete || named_org
told || The state party chairman, Steve House || he had received threatening phone calls after Trump's remarks || named_person
said || The county chairman || the turnout of about 1,100 people was the largest he had seen in 20 years || anonymous
said || A Cruz campaign adviser || the campaign had spent weeks identifying supporters willing to run for delegate slots || anonymous
said || Several Trump supporters || they had not understood how the process worked until they arrived || anonymous
said || Dennis Fowler, 67, of Castle Rock || "Nobody from the Trump campaign called me," ## "Cruz's people called me three times." || named_person
According to || a tally by The Denver Post || Cruz-backed candidates have won 30 of the 34 delegate slots awarded so far at congressional district assemblies || media
""")

# ---------------------------------------------------------------- j13 (curly)
art("j13", """
Bucks County Town Hall Turns to Trump, Whether the Host Likes It or Not

NEWTOWN, Pa. - State Representative Karen Whitford, a two-term Republican, scheduled Tuesday night's town hall in a township meeting room to talk about school funding and the state budget.

The first person to reach the microphone, a man in a Phillies jacket, asked her directly: "Are you voting for Trump or not?"

Whitford said she would vote for the Republican ticket but disagreed with "a lot of what Mr. Trump says." The answer drew groans from both sides of the room.

"That's not good enough," shouted a woman near the front.

Suburban Philadelphia has emerged as a critical battleground; a Franklin & Marshall College poll released last month showed Hillary Clinton leading by more than 20 points in the four collar counties.

Republicans in the district fear that Trump's weakness here could cost them seats in the state House. Whitford's Democratic challenger, Dan Kerrigan, said in an interview that Whitford "can't run away from the top of her ticket."

Ruth Ostrowski, 69, a retired librarian from Yardley, said she had been a registered Republican for 45 years. This year, she said, she is voting for Clinton.

A spokeswoman for Senator Pat Toomey said the senator was "focused on Pennsylvania, not on Donald Trump."

The Bucks County Courier Times reported last week that Trump's campaign had not opened an office in the county.

Whitford eventually steered the discussion back to the budget, and for about 20 minutes the talk turned to property taxes, road repairs and a proposed charter school in Bristol. Several residents complained that the state's budget impasse last year had left school districts borrowing money to pay teachers.

After the meeting, Whitford told reporters she expected "a very long October."

Outside, a few volunteers from both parties were handing out literature in the parking lot, under a light rain.
""", """
asked || The first person to reach the microphone, a man in a Phillies jacket || "Are you voting for Trump or not?" || anonymous
said || Whitford || she would vote for the Republican ticket but disagreed with "a lot of what Mr. Trump says." || named_person
shouted || a woman near the front || "That's not good enough," || anonymous
showed || a Franklin & Marshall College poll released last month || Hillary Clinton leading by more than 20 points in the four collar counties || document
fear || Republicans in the district || Trump's weakness here could cost them seats in the state House || anonymous
said || Whitford's Democratic challenger, Dan Kerrigan || Whitford "can't run away from the top of her ticket." || named_person
said || Ruth Ostrowski, 69, a retired librarian from Yardley || she had been a registered Republican for 45 years || named_person
said || <<she>> said, she is voting || <<This year>>, she said ## she is voting for Clinton || named_person
said || A spokeswoman for Senator Pat Toomey || the senator was "focused on Pennsylvania, not on Donald Trump." || anonymous
reported || The Bucks County Courier Times || Trump's campaign had not opened an office in the county || media
complained || Several residents || the state's budget impasse last year had left school districts borrowing money to pay teachers || anonymous
told || Whitford || she expected "a very long October." || named_person
""")

# ---------------------------------------------------------------- j14 (curly)
art("j14", """
Inside an Ames Precinct, a Coin Toss and a Long Night

AMES, Iowa - By 7 p.m. on Monday, the cafeteria of an elementary school in Ames was so crowded that latecomers stood in the hallway, craning to hear the precinct chair.

The Democratic caucus in Precinct 1-3 was one of hundreds across Iowa that night, and it was close.

The precinct chair, Nancy Lindgren, 58, a lab manager at Iowa State University, said 412 people had signed in, more than she had ever seen at a caucus.

Supporters of Hillary Clinton gathered by the windows; Bernie Sanders's supporters, most of them students, filled the far side of the room. A small group of Martin O'Malley backers stood near the door.

A Sanders precinct captain, a graduate student in economics, told the O'Malley supporters that Sanders was "the only candidate who will take on the billionaire class."

The Clinton captain, Mark Sorensen, 63, a retired pharmacist, made his own pitch. "Hillary has the experience, and she can win in November," he said.

After the realignment, Lindgren announced that Sanders had earned four delegates and Clinton four, with one delegate still in dispute. The last delegate went to Clinton on a coin toss.

"I've been doing this since 1988, and I've never had to flip a coin," Lindgren said afterward.

Sanders supporters in the room said they were frustrated. One of them, a junior at Iowa State, shouted that the process was "broken."

The Iowa Democratic Party said early Tuesday that Clinton had won the state by the narrowest margin in the history of the caucuses. The Des Moines Register reported that coin tosses had decided at least six county delegates statewide.

Sanders's campaign manager, Jeff Weaver, told reporters the result was "a virtual tie."

Late in the evening, as folding chairs were stacked against the cafeteria walls, one older woman said she had caucused for Walter Mondale in 1984. "This one was harder," she said.

Outside, the temperature had dropped into the teens, and the parking lot was a slow line of headlights.
""", """
said || The precinct chair, Nancy Lindgren, 58, a lab manager at Iowa State University || 412 people had signed in, more than she had ever seen at a caucus || named_person
told || A Sanders precinct captain, a graduate student in economics || Sanders was "the only candidate who will take on the billionaire class." || anonymous
said || he || "Hillary has the experience, and she can win in November," || named_person
announced || Lindgren || Sanders had earned four delegates and Clinton four, with one delegate still in dispute || named_person
said || Lindgren || "I've been doing this since 1988, and I've never had to flip a coin," || named_person
said || Sanders supporters in the room || they were frustrated || anonymous
shouted || One of them, a junior at Iowa State || the process was "broken." || anonymous
said || The Iowa Democratic Party || Clinton had won the state by the narrowest margin in the history of the caucuses || named_org
reported || The Des Moines Register || coin tosses had decided at least six county delegates statewide || media
told || Sanders's campaign manager, Jeff Weaver || the result was "a virtual tie." || named_person
said || one older woman || she had caucused for Walter Mondale in 1984 || anonymous
said || she || "This one was harder," || anonymous
""")

# ================================================================== machinery
CURLY_DOCS = {"j08", "j09", "j10", "j11", "j12", "j13", "j14"}


def curl(s):
    """Straight quotes -> typographic quotes (length-preserving)."""
    out = []
    for i, ch in enumerate(s):
        prev = s[i - 1] if i > 0 else ""
        opening = prev == "" or prev.isspace() or prev in "(["
        if ch == '"':
            out.append("\u201c" if opening else "\u201d")
        elif ch == "'":
            out.append("\u2018" if opening else "\u2019")
        else:
            out.append(ch)
    return "".join(out)


def parse_field(field, conv):
    """-> (needle, pre_len, target_len). Context markers are removed before curling."""
    if "<<" in field:
        pre, rest = field.split("<<", 1)
        target, post = rest.split(">>", 1)
    else:
        pre, target, post = "", field, ""
    full = conv(pre + target + post)
    return full, len(pre), len(target)


def occurrences(text, needle, word=True):
    res = []
    start = 0
    while True:
        i = text.find(needle, start)
        if i < 0:
            return res
        j = i + len(needle)
        ok = True
        if word:
            if needle[0].isalnum() and i > 0 and text[i - 1].isalnum():
                ok = False
            if needle[-1].isalnum() and j < len(text) and text[j].isalnum():
                ok = False
        if ok:
            res.append(i)
        start = i + 1


def gap(a, b):
    (s1, e1), (s2, e2) = a, b
    if e1 <= s2:
        return s2 - e1
    if e2 <= s1:
        return s1 - e2
    return 0


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def find_unique(text, field, conv, what):
    full, pl, tl = parse_field(field, conv)
    occ = occurrences(text, full)
    if len(occ) != 1:
        raise ValueError(f"{what} {field!r}: {len(occ)} occurrences")
    s = occ[0] + pl
    return s, s + tl


def find_nearest(text, field, conv, anchor, forbidden, what):
    full, pl, tl = parse_field(field, conv)
    occ = occurrences(text, full)
    cands = []
    for o in occ:
        sp = (o + pl, o + pl + tl)
        if any(overlaps(sp, f) for f in forbidden):
            continue
        cands.append((gap(sp, anchor), sp))
    if not cands:
        raise ValueError(f"{what} {field!r}: not found")
    cands.sort()
    if "<<" not in field and len(cands) > 1 and cands[0][0] == cands[1][0]:
        raise ValueError(f"{what} {field!r}: tie {cands[:2]}")
    return cands[0][1]


def span(text, s, e):
    return {"start": s, "end": e, "text": text[s:e]}


def build_doc(doc_id, raw_text, ann):
    conv = curl if doc_id in CURLY_DOCS else (lambda x: x)
    text = conv(raw_text)
    if doc_id in CURLY_DOCS:
        assert '"' not in text and "'" not in text, doc_id
        assert "\u201c" in text and "\u201d" in text, doc_id
    else:
        assert not any(c in text for c in "\u201c\u201d\u2018\u2019"), doc_id
        assert '"' in text, doc_id
    lines = text.split("\n")
    assert lines[1] == "" and lines[0].strip(), doc_id
    nwords = len(text.split())
    assert 250 <= nwords <= 400, (doc_id, nwords)
    atts = []
    for line in ann.strip().split("\n"):
        parts = [p.strip() for p in line.split("||")]
        assert len(parts) == 4, line
        cue_f, src_f, con_f, typ = parts
        assert typ in TYPES, line
        frag_fields = [f.strip() for f in con_f.split(" ## ")]
        frags = [find_unique(text, frag_fields[0], conv, "content")]
        for ff in frag_fields[1:]:
            full, pl, tl = parse_field(ff, conv)
            i = text.find(full, frags[-1][1])
            assert i >= 0, (doc_id, ff)
            frags.append((i + pl, i + pl + tl))
        cstart, cend = frags[0][0], frags[-1][1]
        cue = find_nearest(text, cue_f, conv, (cstart, cend), frags, "cue")
        if src_f == "NULL":
            src = None
        else:
            src = find_nearest(text, src_f, conv, cue, frags + [cue], "source")
        content = span(text, cstart, cend)
        if len(frags) > 1:
            content["fragments"] = [list(f) for f in frags]
        a = {"cue": span(text, *cue), "source": span(text, *src) if src else None,
             "content": content, "source_type": typ}
        # span checks
        for key in ("cue", "source", "content"):
            sp = a[key]
            if sp is not None:
                assert text[sp["start"]:sp["end"]] == sp["text"], (doc_id, key)
                assert sp["text"] == sp["text"].strip(), (doc_id, key, sp["text"])
        for f in frags:
            assert text[f[0]:f[1]].strip() == text[f[0]:f[1]]
        ct = content["text"]
        assert not ct.lower().startswith("that "), (doc_id, ct)
        assert not ct.endswith("."), (doc_id, ct)  # a final period only inside quotes
        atts.append(a)
    atts.sort(key=lambda a: a["cue"]["start"])
    cues = [(a["cue"]["start"], a["cue"]["end"]) for a in atts]
    assert len(set(cues)) == len(cues), (doc_id, "duplicate cue span")
    return {"doc_id": doc_id, "text": text, "split": "blind", "attributions": atts}


def build():
    recs = [build_doc(d, t, a) for d, t, a in ARTICLES]
    assert [r["doc_id"] for r in recs] == [f"j{i:02d}" for i in range(1, 15)]
    return recs


def show(recs):
    """Print every attribution with its spans marked in context, for checking by eye."""
    for r in recs:
        t = r["text"]
        print("=" * 20, r["doc_id"])
        for a in r["attributions"]:
            marks = []
            sp = a["content"]
            for f in sp.get("fragments", [[sp["start"], sp["end"]]]):
                marks += [(f[0], "{"), (f[1], "}")]
            marks += [(a["cue"]["start"], "<"), (a["cue"]["end"], ">")]
            if a["source"]:
                marks += [(a["source"]["start"], "["), (a["source"]["end"], "]")]
            lo = min(m[0] for m in marks)
            hi = max(m[0] for m in marks)
            seg = t[lo:hi]
            for pos, ch in sorted(marks, key=lambda m: -m[0]):
                seg = seg[:pos - lo] + ch + seg[pos - lo:]
            print(f"  {a['source_type']:12s} {seg!s}".replace("\n", " / "))


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    records = build()
    code = write_or_check(records, HERE / "blind10.jsonl", [a for a in argv if a != "--show"],
                          __doc__.split("\n\n")[0])
    if "--show" in argv:
        show(records)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
