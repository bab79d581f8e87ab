const express = require("express");
const _ = require("lodash");
const app = express();
app.get("/", (req, res) => res.json({ ok: _.isEqual([1], [1]) }));
app.listen(8080);
