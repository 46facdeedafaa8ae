//! The word lists names are read with: titles, given names by gender, and
//! the capitalised words that are never part of a name. Each list is one
//! string of lower-case words in alphabetical order, which costs the
//! WebAssembly module far less than an array of strings.

/// Words written before a name that are not part of it and imply no gender.
pub const TITLES: &str = "\
    adm admiral adviser advisor ambassador archbishop attorney bishop capt captain chair chairperson chancellor chief \
    cmdr coach col colonel commander commissioner constable councillor councilor cpl del delegate detective director \
    dr editor gen general gov governor inspector judge justice leader lt maj major mayor minister mx officer premier \
    president prof professor pte rabbi rep representative rev reverend secretary sen senator sergeant \
    sgt sheriff speaker superintendent vice-president";

/// Titles of men ("Mr", "Sir", "King").
pub const MALE_TITLES: &str =
    "assemblyman cardinal chairman congressman councilman imam king lord mr pope prince sheikh sir";

/// Titles of women ("Mrs", "Ms", "Dame").
pub const FEMALE_TITLES: &str =
    "assemblywoman chairwoman congresswoman councilwoman dame lady miss mrs ms princess queen";

/// Nouns for people that are not written as titles before a name.
pub const PERSON_NOUNS: &str = "aide chief leader official spokesman spokesperson spokeswoman";

/// Endings that belong to a name but do not identify it ("Jr").
pub const SUFFIXES: &str = "ii iii iv jr sr";

/// Words written with a full stop that does not end a sentence ("Mr.", "Sen.", "Inc.").
pub const ABBREVIATIONS: &str = "\
    adm approx capt cmdr co col corp cpl del dr etc gen gov inc jr lt ltd maj mr mrs ms mx no prof pte \
    rep rev sen sgt sr st v vs";

/// Capitalised words that name a department, a party or a rank in front of a
/// name without a title ("Defense Pete Hegseth", "Democrat Ilhan Omar").
pub const ROLES: &str = "\
    agriculture chief commerce conservative defence defense democrat democratic deputy education energy \
    environment executive finance foreign health home homeland interior labor labour liberal press \
    republican security state trade transport transportation treasury";

/// Lower-case words that join the parts of a name ("Ursula von der Leyen").
pub const PARTICLES: &str = "al bin da das de del della der di dos du el ibn la le ter van von";

/// Capitalised words that begin sentences or name days and months but are
/// never part of a person's name.
pub const NOT_NAMES: &str = "\
    a about according across after against all also although amid among an and another any april as \
    asked at august because before between both but by claim december despite during each earlier \
    elsewhere even every exclusive february few for former friday from further he her here his how \
    however i if in indeed instead it its january july june just last later less like many march \
    meanwhile monday more most much my next no not november now october of on once only or other our \
    over saturday september several she since so some speaking still such sunday take than that the \
    their then there these they this those though through thursday to tuesday under unlike until verdict we \
    wednesday what when where whether which while who why with within without yes yet you your";

/// Words that make a capitalised phrase an organisation or a place rather than a person.
pub const NOT_PERSON: &str = "\
    academy administration agency airport alliance amendment america american army assembly \
    association authority avenue bank bay beach board bridge bureau campaign center centre church \
    city club coalition college command commission committee companies company congress corp \
    corporation council county courier court cyclone democrats department east embassy federation \
    force forces foundation fund games group guard hall harbour herald high hospital house \
    hurricane inc insider institute international island islands journal kingdom lake league ltd \
    magazine media ministry motors movement mps museum navy network new news north office \
    organisation organization parliament party police port post press project puerto radio \
    republic republicans review river road school senate service services shadow social society south \
    square state states storm street telegraph times tower tribune trust typhoon union united \
    university valley west wire world zone";

/// Common given names whose gender is clear, for telling "he" from "she": of women.
pub const FEMALE_NAMES: &str = "\
    abigail adriana agnes alexandra alice alicia allison amanda amy ana andrea angela angelina ann anna \
    annalena anne astrid barbara beatrice betsy betty brenda carla carmen carol caroline catherine \
    chelsea cheryl christine claire claudia cynthia dalia debbie deborah diana diane dianne donna \
    dorothy elena elisabeth elise elizabeth ella ellen emily emma eva evelyn fiona frances gabriela \
    giorgia gloria greta hannah heather heidi helen hillary huma ilhan ines ingrid irene isabel ivanka \
    jacinda jane janet jennifer jessica jill joan joanna jodi judith julia julie kamala karen karin \
    karine kate katherine kathleen kathryn kayleigh kelly kellyanne kemi kirsten kristi laura lauren \
    lena linda lisa liz lucy lynn mara margaret maria marie marine marjorie martha mary megan melania \
    melanie michelle monica nancy natalie nicola nikki nina olena olga pamela patricia penny priti \
    rachel rebecca rosa ruth samantha sandra sarah saskia sharon shirley sophie stephanie susan suzanne \
    svetlana tammy teresa theresa tulsi ursula valerie victoria virginia wendy yulia";

/// Common given names of men.
pub const MALE_NAMES: &str = "\
    abdul adam ahmed alan albert alexander alexei ali anders andrew andrzej angus anthony antonio arthur \
    barack ben benjamin bernie bill bob boris brad brett brian bruce carl carlos charles chris \
    christopher chuck clarence colin colm dan daniel darren dave david dmitry don donald doug douglas ed \
    edward emmanuel eric erik frank fred friedrich gary george gerald gordon greg gregory hakeem hans \
    harold harry henrik henry hunter ian ivan jack jacob jair jake james jared jason javier jay jeb jeff \
    jeffrey jeremy jim joe john jonah jonathan jose joseph josh juan justin keir keith ken kevin kyle \
    larry lars luis marco marcus mark martin matt matteo matthew max michael mike mitch mitt mohammed \
    muhammad narendra neil nicholas nigel olaf oliver omar patrick paul pete peter philip piet rand ray \
    reince richard rick rishi rob robert roger ron ronald rudy rupert ryan sam samuel scott sean sergei \
    sergey simon stefan stephen steve steven stuart ted thomas tim timothy tom tomasz tony victor \
    vladimir volodymyr walter william xavier xi yuri";
